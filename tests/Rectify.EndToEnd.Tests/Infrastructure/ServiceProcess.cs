using System.Diagnostics;
using System.Runtime.InteropServices;
using System.Text;

namespace Rectify.EndToEnd.Tests.Infrastructure;

/// <summary>
/// One built service (or the gateway) running as its own OS process, with its stdout and stderr
/// appended to a log file. It can be killed outright and started again on the same port and data.
/// </summary>
public sealed class ServiceProcess
{
    private static readonly HttpClient Probe = new() { Timeout = TimeSpan.FromSeconds(5) };
    private Process? _process;
    private int _starts;

    public ServiceProcess(string name, string dll, int port, string logFile, IReadOnlyDictionary<string, string> environment)
    {
        Name = name;
        Dll = dll;
        Port = port;
        LogFile = logFile;
        Environment = environment;
    }

    public string Name { get; }
    public string Dll { get; }
    public int Port { get; }
    public string LogFile { get; }
    public IReadOnlyDictionary<string, string> Environment { get; }
    public Uri BaseAddress => new($"http://127.0.0.1:{Port}/");
    public bool IsRunning => _process is { HasExited: false };
    public int? ProcessId => _process?.Id;
    /// <summary>How often it was started (1 unless a test killed and restarted it).</summary>
    public int Starts => _starts;

    public void Start()
    {
        if (IsRunning)
            throw new InvalidOperationException($"{Name} is already running");
        if (!File.Exists(Dll))
            throw new InvalidOperationException(
                $"{Dll} does not exist: build the tests (dotnet build tests/Rectify.EndToEnd.Tests) in the same configuration first.");

        _starts++;
        File.AppendAllText(LogFile, $"{System.Environment.NewLine}===== start #{_starts} of {Name} at {DateTimeOffset.Now:O} on port {Port} ====={System.Environment.NewLine}");

        // The shell only redirects and then becomes the dotnet process (exec): the pid is the
        // service's own, and its output reaches the file even if it dies abruptly.
        var start = new ProcessStartInfo("/bin/sh")
        {
            UseShellExecute = false,
            WorkingDirectory = Path.GetDirectoryName(Dll)!,
            RedirectStandardInput = true,
        };
        start.ArgumentList.Add("-c");
        start.ArgumentList.Add("exec \"$0\" \"$1\" >>\"$2\" 2>&1 </dev/null");
        start.ArgumentList.Add(DotnetHost);
        start.ArgumentList.Add(Dll);
        start.ArgumentList.Add(LogFile);

        foreach (var key in start.Environment.Keys.ToList())
            if (IsInheritedSetting(key))
                start.Environment.Remove(key);
        foreach (var (key, value) in Environment)
            start.Environment[key] = value;
        start.Environment["ASPNETCORE_URLS"] = $"http://127.0.0.1:{Port}";

        _process = Process.Start(start) ?? throw new InvalidOperationException($"could not start {Name}");
    }

    /// <summary>Waits for <c>/health/ready</c> to answer 200; fails with the log's tail if it never does.</summary>
    public async Task WaitReadyAsync(TimeSpan timeout)
    {
        var deadline = Stopwatch.StartNew();
        string last = "no answer yet";
        while (deadline.Elapsed < timeout)
        {
            if (_process is null || _process.HasExited)
                throw new InvalidOperationException(
                    $"{Name} exited (code {(_process is null ? "?" : _process.ExitCode.ToString())}) before it was ready.\n{Tail()}");
            try
            {
                using var response = await Probe.GetAsync(new Uri(BaseAddress, "health/ready"));
                if (response.IsSuccessStatusCode)
                    return;
                last = $"{(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}";
            }
            catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException)
            {
                last = ex.Message;
            }
            await Task.Delay(200);
        }
        throw new TimeoutException($"{Name} was not ready within {timeout.TotalSeconds:0} s (last: {last}).\n{Tail()}");
    }

    /// <summary>SIGKILL to the process and anything it started: no shutdown code runs.</summary>
    public void Kill()
    {
        if (_process is null)
            return;
        try
        {
            if (!_process.HasExited)
            {
                _process.Kill(entireProcessTree: true);
                _process.WaitForExit(10_000);
            }
        }
        catch (InvalidOperationException)
        {
            // Already gone.
        }
        File.AppendAllText(LogFile, $"{System.Environment.NewLine}===== {Name} killed at {DateTimeOffset.Now:O} ====={System.Environment.NewLine}");
        _process.Dispose();
        _process = null;
    }

    /// <summary>SIGTERM, so the host shuts down in order (and flushes spans); SIGKILL after the grace period.</summary>
    public async Task StopAsync(TimeSpan grace)
    {
        if (_process is null)
            return;
        try
        {
            if (!_process.HasExited)
            {
                _ = SysKill(_process.Id, 15);
                using var wait = new CancellationTokenSource(grace);
                try
                {
                    await _process.WaitForExitAsync(wait.Token);
                }
                catch (OperationCanceledException)
                {
                    _process.Kill(entireProcessTree: true);
                    _process.WaitForExit(10_000);
                }
            }
        }
        catch (InvalidOperationException)
        {
        }
        _process.Dispose();
        _process = null;
    }

    /// <summary>The last lines of the process's output, for failure messages.</summary>
    public string Tail(int lines = 60)
    {
        string[] all;
        try
        {
            using var stream = new FileStream(LogFile, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
            using var reader = new StreamReader(stream, Encoding.UTF8);
            all = reader.ReadToEnd().Split('\n');
        }
        catch (IOException ex)
        {
            return $"--- {Name}: no output ({ex.Message}) ---";
        }
        var tail = all.Skip(Math.Max(0, all.Length - lines));
        return $"--- last {lines} lines of {Name} ({LogFile}) ---\n{string.Join('\n', tail)}\n--- end of {Name} ---";
    }

    // Settings from the caller's environment that would change what the processes talk to.
    private static bool IsInheritedSetting(string key) =>
        key.StartsWith("Bus__", StringComparison.OrdinalIgnoreCase)
        || key.StartsWith("Database__", StringComparison.OrdinalIgnoreCase)
        || key.StartsWith("ConnectionStrings__", StringComparison.OrdinalIgnoreCase)
        || key.StartsWith("Auth__", StringComparison.OrdinalIgnoreCase)
        || key.StartsWith("Telemetry__", StringComparison.OrdinalIgnoreCase)
        || key.StartsWith("Outbox__", StringComparison.OrdinalIgnoreCase)
        || key.StartsWith("ReverseProxy__", StringComparison.OrdinalIgnoreCase)
        || key.StartsWith("OTEL_", StringComparison.OrdinalIgnoreCase)
        || key.StartsWith("ASPNETCORE_", StringComparison.OrdinalIgnoreCase)
        || key.StartsWith("RECTIFY_", StringComparison.OrdinalIgnoreCase);

    private static string DotnetHost
    {
        get
        {
            var fromSdk = System.Environment.GetEnvironmentVariable("DOTNET_HOST_PATH");
            if (!string.IsNullOrEmpty(fromSdk) && File.Exists(fromSdk))
                return fromSdk;
            var self = System.Environment.ProcessPath;
            if (self is not null && Path.GetFileNameWithoutExtension(self) == "dotnet")
                return self;
            return "dotnet";
        }
    }

    [DllImport("libc", EntryPoint = "kill", SetLastError = true)]
    private static extern int SysKill(int pid, int signal);
}
