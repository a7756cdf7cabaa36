using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Runtime.InteropServices;

namespace Rectify.EndToEnd.Tests.Infrastructure;

/// <summary>
/// A PostgreSQL cluster of one test's own (initdb into its folder, 127.0.0.1 on a free port, trust
/// authentication), so that the test can stop and start it without touching the server other test
/// projects share. Uses the binaries of <c>RECTIFY_POSTGRES_BIN</c> (set by <c>./rectify test</c>), else
/// Debian's PostgreSQL 15; runs them as the postgres user when the tests run as root (the server refuses root).
/// </summary>
public sealed class PrivatePostgres : IAsyncDisposable
{
    private readonly string _bin;
    private readonly string _folder;
    private readonly string _data;
    private readonly string _log;

    private PrivatePostgres(string bin, string folder, int port)
    {
        _bin = bin;
        _folder = folder;
        _data = Path.Combine(folder, "pgdata");
        _log = Path.Combine(folder, "postgres.log");
        Port = port;
        Server = new PostgresServer($"Host=127.0.0.1;Port={port};Username=postgres");
    }

    public int Port { get; }
    public PostgresServer Server { get; }

    public static string Binaries =>
        Environment.GetEnvironmentVariable("RECTIFY_POSTGRES_BIN") is { Length: > 0 } configured ? configured : "/usr/lib/postgresql/15/bin";

    public static async Task<PrivatePostgres> StartAsync(string folder)
    {
        var bin = Binaries;
        if (!File.Exists(Path.Combine(bin, "initdb")))
            throw new InvalidOperationException(
                $"PostgreSQL's programs are not in {bin} (RECTIFY_POSTGRES_BIN). {PostgresServer.HowToStart} " +
                "(or: apt-get install -y postgresql-15)");
        var postgres = new PrivatePostgres(bin, folder, FreePort());
        Directory.CreateDirectory(postgres._data);
        File.WriteAllText(postgres._log, "");
        if (IsRoot)
            await RunAsync("chown", ["-R", "postgres:", folder], asOwner: false);
        await postgres.PgAsync("initdb", "-D", postgres._data, "-U", "postgres", "--auth=trust", "-E", "UTF8", "--locale=C.UTF-8");
        await postgres.StartAgainAsync();
        return postgres;
    }

    /// <summary>Fast shutdown: every session is ended (57P01), then nothing listens until <see cref="StartAgainAsync"/>.</summary>
    public Task StopAsync() => PgCtlAsync("stop", "-m", "fast");

    /// <summary>Starts the cluster on its port (pg_ctl start does not reuse the last options: only restart does).</summary>
    public Task StartAgainAsync() => PgCtlAsync("start", "-o",
        $"-p {Port} -k {_folder} -c listen_addresses=127.0.0.1 -c max_connections=100 -c shared_buffers=16MB");

    public string LogTail(int lines = 30)
    {
        try
        {
            using var stream = new FileStream(_log, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
            var all = new StreamReader(stream).ReadToEnd().Split('\n');
            return $"--- last {lines} lines of PostgreSQL ({_log}) ---\n{string.Join('\n', all.TakeLast(lines))}";
        }
        catch (IOException ex)
        {
            return $"--- PostgreSQL: no log ({ex.Message}) ---";
        }
    }

    private bool _keepFolder;

    /// <summary>Keeps the cluster's folder (data and log) for a look after a failure.</summary>
    public void KeepFolder() => _keepFolder = true;

    public async ValueTask DisposeAsync()
    {
        try
        {
            await PgCtlAsync("stop", "-m", "immediate");
        }
        catch (InvalidOperationException)
        {
            // Already stopped.
        }
        if (_keepFolder || Environment.GetEnvironmentVariable("RECTIFY_E2E_KEEP") == "1")
            return;
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
        }
    }

    // -w waits until the server accepts connections (or has stopped); -l keeps its output out of our pipes.
    private Task PgCtlAsync(string action, params string[] options) =>
        PgAsync("pg_ctl", ["-D", _data, "-l", _log, "-w", "-t", "60", .. options, action]);

    private Task PgAsync(string program, params string[] args) => RunAsync(Path.Combine(_bin, program), args, asOwner: true);

    private static async Task RunAsync(string program, string[] args, bool asOwner)
    {
        var start = new ProcessStartInfo(asOwner && IsRoot ? "runuser" : program)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        if (asOwner && IsRoot)
            foreach (var arg in new[] { "-u", "postgres", "--", program })
                start.ArgumentList.Add(arg);
        foreach (var arg in args)
            start.ArgumentList.Add(arg);
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"could not start {program}");
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(90));
        var stdout = process.StandardOutput.ReadToEndAsync(timeout.Token);
        var stderr = process.StandardError.ReadToEndAsync(timeout.Token);
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new InvalidOperationException($"{program} {string.Join(' ', args)} did not finish within 90 s");
        }
        if (process.ExitCode != 0)
            throw new InvalidOperationException(
                $"{program} {string.Join(' ', args)} failed (exit {process.ExitCode}): {await stdout}{await stderr}");
    }

    private static bool IsRoot => geteuid() == 0;

    private static int FreePort()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }

    [DllImport("libc")]
    private static extern uint geteuid();
}
