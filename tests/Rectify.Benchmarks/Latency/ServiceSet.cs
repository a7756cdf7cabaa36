using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace Rectify.Benchmarks.Latency;

/// <summary>
/// The five services as separate processes (as <c>./rectify run --distributed</c>), built in Release, on free
/// ports of 127.0.0.1, with a fresh data folder and the RabbitMQ address given (a virtual host of the
/// caller's). Each process's output goes to a log file in the folder; all are stopped on dispose.
/// </summary>
public sealed class ServiceSet : IAsyncDisposable
{
    private static readonly (string Name, string Folder)[] Projects =
    [
        ("units", "services/Units/Rectify.Units"),
        ("findings", "services/Findings/Rectify.Findings"),
        ("tasks", "services/Tasks/Rectify.Tasks"),
        ("notifications", "services/Notifications/Rectify.Notifications"),
        ("reporting", "services/Reporting/Rectify.Reporting"),
    ];

    private readonly Dictionary<string, (Process Process, Uri Url)> _running = new();

    public ServiceSet(string root, string busHost, string adminPassword)
    {
        Root = root;
        Folder = Directory.CreateTempSubdirectory("rectify-latency-").FullName;
        BusHost = busHost;
        AdminPassword = adminPassword;
    }

    public string Root { get; }
    public string Folder { get; }
    public string BusHost { get; }
    public string AdminPassword { get; }

    public Uri this[string name] => _running[name].Url;

    public async Task StartAsync(TimeSpan timeout)
    {
        foreach (var (name, folder) in Projects)
        {
            var dll = Path.Combine(Root, folder, "bin", "Release", "net10.0", Path.GetFileName(folder) + ".dll");
            if (!File.Exists(dll))
                throw new InvalidOperationException($"{dll} is missing: build tests/Rectify.Benchmarks in Release first (./rectify bench --latency does).");
            var port = FreePort();
            var start = new ProcessStartInfo("/bin/sh") { UseShellExecute = false, WorkingDirectory = Path.GetDirectoryName(dll)! };
            // exec: the pid is the service's own; output appended to its log.
            start.ArgumentList.Add("-c");
            start.ArgumentList.Add("exec dotnet \"$0\" >>\"$1\" 2>&1 </dev/null");
            start.ArgumentList.Add(dll);
            start.ArgumentList.Add(Path.Combine(Folder, $"{name}.log"));
            foreach (var key in start.Environment.Keys.Where(Inherited).ToList())
                start.Environment.Remove(key);
            start.Environment["ASPNETCORE_URLS"] = $"http://127.0.0.1:{port}";
            start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
            start.Environment["RECTIFY_DATA_DIR"] = Path.Combine(Folder, "data");
            start.Environment["RECTIFY_ADMIN_PASSWORD"] = AdminPassword;
            start.Environment["Bus__Transport"] = "RabbitMq";
            start.Environment["Bus__Host"] = BusHost;
            // Five processes share two cores here: workstation GC keeps each one small.
            start.Environment["DOTNET_gcServer"] = "0";
            _running[name] = (Process.Start(start)!, new Uri($"http://127.0.0.1:{port}/"));
        }
        using var probe = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
        var watch = Stopwatch.StartNew();
        foreach (var (name, (process, url)) in _running)
        {
            while (true)
            {
                if (process.HasExited)
                    throw new InvalidOperationException($"{name} exited at start; see {Path.Combine(Folder, name + ".log")}");
                try
                {
                    using var response = await probe.GetAsync(new Uri(url, "health/ready"));
                    if (response.IsSuccessStatusCode)
                        break;
                }
                catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException)
                {
                    // Still starting.
                }
                if (watch.Elapsed > timeout)
                    throw new TimeoutException($"{name} was not ready within {timeout.TotalSeconds:0} s; see {Path.Combine(Folder, name + ".log")}");
                await Task.Delay(250);
            }
        }
    }

    /// <summary>SIGTERM to each process this set started, SIGKILL after 15 s; the folder goes unless asked to keep it.</summary>
    public async ValueTask DisposeAsync()
    {
        foreach (var (process, _) in _running.Values.Where(p => !p.Process.HasExited))
            Process.Start("kill", ["-TERM", process.Id.ToString()])?.WaitForExit();
        foreach (var (process, _) in _running.Values)
        {
            using var grace = new CancellationTokenSource(TimeSpan.FromSeconds(15));
            try { await process.WaitForExitAsync(grace.Token); }
            catch (OperationCanceledException) { process.Kill(entireProcessTree: true); }
            process.Dispose();
        }
        _running.Clear();
        if (Environment.GetEnvironmentVariable("RECTIFY_BENCH_KEEP") != "1")
            Directory.Delete(Folder, recursive: true);
    }

    private static bool Inherited(string key) =>
        key.StartsWith("Bus__", StringComparison.OrdinalIgnoreCase) || key.StartsWith("Database__", StringComparison.OrdinalIgnoreCase)
        || key.StartsWith("ConnectionStrings__", StringComparison.OrdinalIgnoreCase) || key.StartsWith("Outbox__", StringComparison.OrdinalIgnoreCase)
        || key.StartsWith("ASPNETCORE_", StringComparison.OrdinalIgnoreCase) || key.StartsWith("RECTIFY_", StringComparison.OrdinalIgnoreCase);

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
