using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace Rectify.Benchmarks.Latency;

/// <summary>
/// Rectify's processes (as <c>./rectify run --distributed</c>), built in Release, on free ports of 127.0.0.1, with a
/// fresh data folder and the RabbitMQ address given (a virtual host of the caller's; none: the in-memory bus). By
/// default the five services; the load benchmark adds the gateway in front of them (<see cref="StartGatewayAsync"/>)
/// or runs the embedded one-process host instead (<see cref="Embedded"/>). Each process's output goes to a log file in
/// the folder; all are stopped on dispose.
/// </summary>
public sealed class ServiceSet : IAsyncDisposable
{
    public static readonly (string Name, string Folder)[] Services =
    [
        ("units", "services/Units/Rectify.Units"),
        ("findings", "services/Findings/Rectify.Findings"),
        ("tasks", "services/Tasks/Rectify.Tasks"),
        ("notifications", "services/Notifications/Rectify.Notifications"),
        ("reporting", "services/Reporting/Rectify.Reporting"),
    ];

    private readonly (string Name, string Folder)[] _projects;
    private readonly Dictionary<string, (Process Process, Uri Url)> _running = new();

    public ServiceSet(string root, string? busHost, string adminPassword, (string Name, string Folder)[]? projects = null)
    {
        Root = root;
        Folder = Directory.CreateTempSubdirectory("rectify-bench-").FullName;
        BusHost = busHost;
        AdminPassword = adminPassword;
        _projects = projects ?? Services;
    }

    /// <summary>Every service in one process (SQLite, in-memory bus), without demo data: <c>./rectify run</c>'s host.</summary>
    public static ServiceSet Embedded(string root, string adminPassword)
    {
        var set = new ServiceSet(root, null, adminPassword, [("rectify", "services/Rectify.Embedded")]);
        set.Environment["Demo__Enabled"] = "false";
        return set;
    }

    public string Root { get; }
    public string Folder { get; }
    public string? BusHost { get; }
    public string AdminPassword { get; }

    /// <summary>Set on every process started (configuration as environment variables, <c>__</c> for <c>:</c>).</summary>
    public Dictionary<string, string> Environment { get; } = new();

    /// <summary>Set on one service's process only, by its name (its database, say).</summary>
    public Dictionary<string, Dictionary<string, string>> ServiceEnvironment { get; } = new();

    public Uri this[string name] => _running[name].Url;

    public IEnumerable<(string Name, int ProcessId)> Processes => _running.Select(p => (p.Key, p.Value.Process.Id));

    /// <summary>RECTIFY_DATA_DIR of every process: SQLite files (one per service) and the signing key.</summary>
    public string DataFolder => Path.Combine(Folder, "data");

    public async Task StartAsync(TimeSpan timeout)
    {
        foreach (var (name, folder) in _projects)
            Launch(name, folder, ServiceEnvironment.GetValueOrDefault(name) ?? []);
        await ReadyAsync(_projects.Select(p => p.Name), "health/ready", timeout);
    }

    /// <summary>
    /// The YARP gateway in front of the services started, each cluster pointed at its service; <paramref name="settings"/>
    /// on top (a raised rate limit, say). Ready when it is alive: its readiness also waits for the web UI, not started here.
    /// <paramref name="build"/>: a folder holding another build of the gateway (a copy of its bin/Release/net10.0, say
    /// the one before a change) to run instead of this tree's.
    /// </summary>
    public async Task<Uri> StartGatewayAsync(IReadOnlyDictionary<string, string> settings, TimeSpan timeout, string name = "gateway", string? build = null)
    {
        var environment = new Dictionary<string, string>(settings);
        foreach (var (service, _) in _projects)
            environment[$"ReverseProxy__Clusters__{service}__Destinations__d1__Address"] = this[service].ToString().TrimEnd('/');
        Launch(name, "gateway/Rectify.Gateway", environment, build);
        await ReadyAsync([name], "alive", timeout);
        return this[name];
    }

    private void Launch(string name, string folder, IReadOnlyDictionary<string, string> own, string? build = null)
    {
        var dll = Path.Combine(build ?? Path.Combine(Root, folder, "bin", "Release", "net10.0"), Path.GetFileName(folder) + ".dll");
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
        start.Environment["RECTIFY_PORT"] = port.ToString();
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["RECTIFY_DATA_DIR"] = DataFolder;
        start.Environment["RECTIFY_ADMIN_PASSWORD"] = AdminPassword;
        if (BusHost is not null)
        {
            start.Environment["Bus__Transport"] = "RabbitMq";
            start.Environment["Bus__Host"] = BusHost;
        }
        // Five processes share two cores here: workstation GC keeps each one small.
        start.Environment["DOTNET_gcServer"] = "0";
        foreach (var (key, value) in Environment.Concat(own))
            start.Environment[key] = value;
        _running[name] = (Process.Start(start)!, new Uri($"http://127.0.0.1:{port}/"));
    }

    private async Task ReadyAsync(IEnumerable<string> names, string path, TimeSpan timeout)
    {
        using var probe = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
        var watch = Stopwatch.StartNew();
        foreach (var name in names)
        {
            var (process, url) = _running[name];
            while (true)
            {
                if (process.HasExited)
                    throw new InvalidOperationException($"{name} exited at start; see {Path.Combine(Folder, name + ".log")}");
                try
                {
                    using var response = await probe.GetAsync(new Uri(url, path));
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
        if (System.Environment.GetEnvironmentVariable("RECTIFY_BENCH_KEEP") != "1")
            Directory.Delete(Folder, recursive: true);
    }

    private static bool Inherited(string key) =>
        key.StartsWith("Bus__", StringComparison.OrdinalIgnoreCase) || key.StartsWith("Database__", StringComparison.OrdinalIgnoreCase)
        || key.StartsWith("ConnectionStrings__", StringComparison.OrdinalIgnoreCase) || key.StartsWith("Outbox__", StringComparison.OrdinalIgnoreCase)
        || key.StartsWith("ASPNETCORE_", StringComparison.OrdinalIgnoreCase) || key.StartsWith("RECTIFY_", StringComparison.OrdinalIgnoreCase)
        || key.StartsWith("Gateway__", StringComparison.OrdinalIgnoreCase) || key.StartsWith("ReverseProxy__", StringComparison.OrdinalIgnoreCase);

    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
