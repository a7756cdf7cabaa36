using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using Docker.DotNet.Models;
using DotNet.Testcontainers.Builders;
using DotNet.Testcontainers.Configurations;
using DotNet.Testcontainers.Containers;
using DotNet.Testcontainers.Networks;
using DotNet.Testcontainers.Volumes;

namespace Rectify.Containers.Tests.Infrastructure;

/// <summary>
/// Rectify's containers started with Testcontainers from the compose files' own rendering
/// (<see cref="ComposeFiles"/>): each service's image, environment, command, volumes (named volumes of
/// this stack, bind mounts as written), read-only root, tmpfs, dropped capabilities and no-new-privileges,
/// and the order <c>depends_on</c> gives (healthy, completed successfully, started). Differences, each
/// for a reason: one network of the stack's own with every service under its name (compose's four
/// networks are a separation this test does not check); what the files scale to zero (SQL Server under
/// the PostgreSQL override) is not started; the telemetry collector and dashboard are left out (their
/// images cannot be pulled here) and so is the variable pointing at the collector;
/// the gateway is published on a free loopback port.
/// </summary>
public sealed class ContainerStack : IAsyncDisposable
{
    private static readonly string[] LeftOut = ["otel-collector", "aspire-dashboard"];
    public static readonly TimeSpan StartTimeout = TimeSpan.FromMinutes(10);

    private readonly string _name = $"rectify-ct-{Guid.NewGuid():N}"[..19];
    private readonly ConcurrentDictionary<string, Lazy<Task<IContainer>>> _started = new();
    private readonly ConcurrentDictionary<string, IContainer> _containers = new();
    private readonly Dictionary<string, IVolume> _volumes = [];
    private readonly List<string> _log = [];
    private readonly Stopwatch _watch = Stopwatch.StartNew();
    private INetwork? _network;

    private ContainerStack(ComposeFiles compose) => Compose = compose;

    public ComposeFiles Compose { get; }

    /// <summary>The gateway on its published loopback port: the only way in.</summary>
    public Uri Gateway { get; private set; } = null!;

    public ITestOutputHelper? Output { get; set; }

    /// <summary>The stack's own log (start order, kills, restarts), also written to each test's output.</summary>
    public string LogFile => Path.Combine(Path.GetTempPath(), $"{_name}.log");

    public IContainer this[string service] => _containers[service];

    public static async Task<ContainerStack> StartAsync()
    {
        DockerEngine.Require();
        var stack = new ContainerStack(ComposeFiles.Render());
        try
        {
            await stack.StartAllAsync();
            return stack;
        }
        catch
        {
            stack.Log($"start failed; {stack.Diagnostics()}");
            await stack.DisposeAsync();
            throw;
        }
    }

    private async Task StartAllAsync()
    {
        _network = new NetworkBuilder().WithName(_name).Build();
        await _network.CreateAsync();
        foreach (var volume in Compose.Services.SelectMany(s => s.Value!["volumes"].Strings()).Select(v => v.Split(':')[0])
                     .Where(v => !v.StartsWith('/')).Distinct())
        {
            _volumes[volume] = new VolumeBuilder().WithName($"{_name}_{volume}").Build();
            await _volumes[volume].CreateAsync();
        }
        var services = Compose.Services.Select(s => s.Key).Where(s => !IsLeftOut(s)).ToList();
        await Eventually.Within(Task.WhenAll(services.Select(StartServiceAsync)), StartTimeout, "every container started", Diagnostics);
        var gateway = _containers["gateway"];
        Gateway = new Uri($"http://127.0.0.1:{gateway.GetMappedPublicPort(8080)}/");
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(10) };
        await Eventually.HoldsAsync(async () => (int)(await http.GetAsync(new Uri(Gateway, "health/ready"))).StatusCode, status => status == 200,
            "the gateway ready (every service behind it ready)", status => $"status {status}", StartTimeout, Diagnostics);
        Log($"stack {_name} ready in {_watch.Elapsed.TotalSeconds:0} s: {string.Join(", ", _containers.Keys.Order())}");
    }

    /// <summary>Not started: the telemetry pair, and what the files scale to nothing (SQL Server on PostgreSQL).</summary>
    private bool IsLeftOut(string service) => LeftOut.Contains(service) || Compose.Service(service)["scale"].Text() == "0";

    private Task<IContainer> StartServiceAsync(string name) =>
        _started.GetOrAdd(name, n => new Lazy<Task<IContainer>>(() => Task.Run(() => CreateAndStartAsync(n)))).Value;

    private async Task<IContainer> CreateAndStartAsync(string name)
    {
        var service = Compose.Service(name);
        foreach (var (dependency, condition) in service["depends_on"].Entries().Where(d => !IsLeftOut(d.Key)))
            await ReachedAsync(dependency, condition!["condition"].Text());
        var container = Build(name, service);
        _containers[name] = container;
        await container.StartAsync();
        Log($"{name} started");
        return container;
    }

    private async Task ReachedAsync(string dependency, string condition)
    {
        var container = await StartServiceAsync(dependency);
        switch (condition)
        {
            case "service_healthy":
                await Eventually.HoldsAsync(() => Task.FromResult(DockerEngine.Health(container.Id)), h => h == "healthy",
                    $"{dependency} healthy", h => $"health {h}", StartTimeout, Diagnostics);
                break;
            case "service_completed_successfully":
                var exit = await container.GetExitCodeAsync();
                if (exit != 0)
                    throw new InvalidOperationException($"{dependency} exited with {exit}: {await TailAsync(container)}");
                break;
        }
    }

    private IContainer Build(string name, JsonNode service)
    {
        var environment = service["environment"].Entries().Where(e => !e.Key.StartsWith("OTEL_", StringComparison.Ordinal))
            .ToDictionary(e => e.Key, e => e.Value.Text());
        var builder = new ContainerBuilder(service["image"].Text())
            .WithName($"{_name}-{name}")
            .WithEnvironment(environment)
            .WithCleanUp(true);
        builder = service["network_mode"].Text() == "none"
            ? builder.WithCreateParameterModifier(p => p.HostConfig!.NetworkMode = "none")
            : builder.WithNetwork(_network!).WithNetworkAliases(name);
        if (service["entrypoint"] is JsonArray entrypoint)
            builder = builder.WithEntrypoint([.. entrypoint.Strings()]);
        if (service["command"] is JsonArray command)
            builder = builder.WithCommand([.. command.Strings()]);
        foreach (var volume in service["volumes"].Strings())
        {
            var (source, target, mode) = volume.Split(':') switch
            {
                [var s, var t] => (s, t, AccessMode.ReadWrite),
                [var s, var t, var m] => (s, t, m == "ro" ? AccessMode.ReadOnly : AccessMode.ReadWrite),
                _ => throw new FormatException($"{name}: volume {volume}"),
            };
            builder = source.StartsWith('/') ? builder.WithBindMount(source, target, mode) : builder.WithVolumeMount(_volumes[source], target, mode);
        }
        foreach (var path in service["tmpfs"].Strings())
            builder = builder.WithTmpfsMount(path);
        if (name == "gateway")
            builder = builder.WithPortBinding(8080, true);
        var healthcheck = service["healthcheck"];
        var restart = service["restart"].Text();
        builder = builder.WithCreateParameterModifier(p =>
        {
            // As compose: a service that exits (e.g. its bus did not start in time) is started again.
            if (restart is { Length: > 0 } and not "no")
                p.HostConfig!.RestartPolicy = new RestartPolicy { Name = Enum.Parse<RestartPolicyKind>(restart.Replace("-", ""), ignoreCase: true) };
            p.HostConfig!.ReadonlyRootfs = service["read_only"].Text() == "true";
            p.HostConfig.CapDrop = [.. service["cap_drop"].Strings()];
            p.HostConfig.SecurityOpt = [.. service["security_opt"].Strings()];
            // Published on loopback only: nothing of the stack is reachable from another host.
            foreach (var binding in p.HostConfig.PortBindings?.Values.SelectMany(b => b) ?? [])
                binding.HostIP = "127.0.0.1";
            if (healthcheck is not null)
                p.Healthcheck = new HealthcheckConfig
                {
                    Test = [.. healthcheck["test"].Strings()],
                    Interval = Duration(healthcheck["interval"]),
                    Timeout = Duration(healthcheck["timeout"]),
                    StartPeriod = Duration(healthcheck["start_period"]),
                    Retries = long.Parse(healthcheck["retries"]?.Text() ?? "3"),
                };
        });
        return builder.Build();
    }

    private static TimeSpan Duration(JsonNode? node) => node?.Text() is { Length: > 1 } text
        ? text.EndsWith("ms") ? TimeSpan.FromMilliseconds(int.Parse(text[..^2]))
        : text.EndsWith('m') ? TimeSpan.FromMinutes(int.Parse(text[..^1]))
        : TimeSpan.FromSeconds(int.Parse(text.TrimEnd('s')))
        : TimeSpan.Zero;

    /// <summary>
    /// SIGKILL, no shutdown code: as when the process or its node dies. Docker counts a kill as a manual
    /// stop, so the restart policy leaves it down until <see cref="RestartAsync"/>.
    /// </summary>
    public async Task KillAsync(string service)
    {
        var id = _containers[service].Id;
        var result = await DockerEngine.RunAsync(DockerEngine.Client, ["kill", "--signal", "KILL", id], TimeSpan.FromSeconds(30));
        Assert.True(result.Exit == 0, $"docker kill {service}: {result}");
        var state = await Eventually.HoldsAsync(
            async () => (await DockerEngine.RunAsync(DockerEngine.Client, ["inspect", "--format", "{{.State.Status}} {{.State.ExitCode}}", id], TimeSpan.FromSeconds(30))).Output.Trim(),
            s => !s.StartsWith("running", StringComparison.Ordinal), $"{service} stopped by the kill", s => s ?? "", TimeSpan.FromSeconds(60), Diagnostics);
        Assert.Equal("exited 137", state);
        Log($"{service} killed ({state})");
    }

    /// <summary>Starts a stopped container again (same volumes, same database) and waits for the gateway to see it ready.</summary>
    public async Task RestartAsync(string service)
    {
        var result = await DockerEngine.RunAsync(DockerEngine.Client, ["start", _containers[service].Id], TimeSpan.FromSeconds(60));
        Assert.True(result.Exit == 0, $"docker start {service}: {result}");
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(10) };
        await Eventually.HoldsAsync(async () => (int)(await http.GetAsync(new Uri(Gateway, "health/ready"))).StatusCode, status => status == 200,
            $"the gateway ready again after {service} restarted", status => $"status {status}", StartTimeout, Diagnostics);
        Log($"{service} restarted and ready");
    }

    /// <summary>A client of the gateway signed in as the first administrator (POST /api/auth/token).</summary>
    public async Task<HttpClient> SignInAsync()
    {
        var client = new HttpClient { BaseAddress = Gateway, Timeout = TimeSpan.FromSeconds(30) };
        using var response = await client.PostAsJsonAsync("api/auth/token", new { username = "admin", password = Compose.AdminPassword });
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"POST /api/auth/token answered {(int)response.StatusCode}: {body}");
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer",
            JsonDocument.Parse(body).RootElement.GetProperty("accessToken").GetString());
        return client;
    }

    public void Log(string message)
    {
        var line = $"[{_watch.Elapsed.TotalSeconds,6:0.0} s] {message}";
        lock (_log)
        {
            _log.Add(line);
            File.AppendAllText(LogFile, line + "\n");
        }
        try
        {
            Output?.WriteLine(line);
        }
        catch (InvalidOperationException)
        {
            // The test that set the output has finished.
        }
    }

    /// <summary>The last lines each container wrote and its state: what a failure message needs.</summary>
    public string Diagnostics() => string.Join("\n", _containers.OrderBy(c => c.Key).Select(c =>
        $"--- {c.Key} ({c.Value.State}, health {DockerEngine.Health(c.Value.Id)}):\n{TailAsync(c.Value).GetAwaiter().GetResult()}"));

    private static async Task<string> TailAsync(IContainer container, int lines = 15)
    {
        try
        {
            var (stdout, stderr) = await container.GetLogsAsync();
            return string.Join("\n", (stdout + stderr).Split('\n', StringSplitOptions.RemoveEmptyEntries).TakeLast(lines));
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            return $"(no logs: {ex.Message})";
        }
    }

    public async ValueTask DisposeAsync()
    {
        // For a look at a failed run: docker ps -a --filter name=rectify-ct- (remove them afterwards).
        if (Environment.GetEnvironmentVariable("RECTIFY_CT_KEEP") == "1")
        {
            Log($"kept the stack {_name} (RECTIFY_CT_KEEP=1)");
            return;
        }
        foreach (var container in _containers.Values)
            await container.DisposeAsync();
        // Without its reaper Testcontainers only stops them: remove the containers, then their volumes.
        if (!_containers.IsEmpty)
            await DockerEngine.RunAsync(DockerEngine.Client, ["rm", "-f", "-v", .. _containers.Values.Select(c => c.Id)], TimeSpan.FromMinutes(2));
        if (_volumes.Count > 0)
            await DockerEngine.RunAsync(DockerEngine.Client, ["volume", "rm", "-f", .. _volumes.Values.Select(v => v.Name)], TimeSpan.FromMinutes(1));
        if (_network is not null)
            await _network.DisposeAsync();
    }
}
