using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Net.Sockets;
using System.Reflection;
using Npgsql;

namespace Rectify.EndToEnd.Tests.Infrastructure;

public sealed record UnitDto(Guid Id, string Name, string ShortName, string Kind, long Version);

public sealed record UnitCountDto(long Units, long RegisteredEventsApplied);

/// <summary>
/// The distributed system of one test: the five services and the gateway, each a separate
/// process on a free port of 127.0.0.1, sharing a fresh data folder (the signing key), a fresh
/// PostgreSQL database (a schema and a login per service) and a fresh RabbitMQ virtual host.
/// Everything is stopped and removed on dispose.
/// </summary>
public sealed class RectifyCluster : IAsyncDisposable
{
    // Generous: six processes start at once on two shared cores, each migrating its database first.
    public static readonly TimeSpan ReadyTimeout = TimeSpan.FromSeconds(180);

    /// <summary>The services that consume unit events and keep their own copy, by their list path.</summary>
    public static readonly IReadOnlyList<(string Service, string ListPath)> Consumers =
    [
        ("findings", "api/findings/units"),
        ("tasks", "api/tasks/units"),
        ("notifications", "api/notifications/units"),
        ("reporting", "api/reports/units"),
    ];

    private readonly Dictionary<string, ServiceProcess> _processes = new();
    private readonly List<HttpClient> _clients = [];
    private string? _token;
    private WebStub? _webStub;
    private bool _keepTemp;

    private static readonly string[] ServiceNames = ["units", "findings", "tasks", "notifications", "reporting"];

    private RectifyCluster(string name, ITestOutputHelper? output, PostgresServer postgres)
    {
        Output = output;
        Name = name;
        Postgres = postgres;
        var id = Guid.NewGuid().ToString("N")[..12];
        DatabaseName = $"rectify_e2e_{id}";
        VirtualHost = $"rectify-e2e-{id}";
        TempDir = Path.Combine(TempRoot, $"rectify-e2e-{name}-{id}");
        DataDir = Path.Combine(TempDir, "data");
        Directory.CreateDirectory(DataDir);
        AdminPassword = $"E2e-{Guid.NewGuid():N}";
    }

    public string Name { get; }

    /// <summary>Where <see cref="Log"/> writes: the current test's output (a shared cluster is handed from test to test).</summary>
    public ITestOutputHelper? Output { get; set; }
    public string VirtualHost { get; }
    public PostgresServer Postgres { get; }
    public string DatabaseName { get; }
    public TestDatabase? Database { get; private set; }
    public string TempDir { get; }
    public string DataDir { get; }
    public string AdminPassword { get; }

    public ServiceProcess Units => _processes["units"];
    public ServiceProcess Reporting => _processes["reporting"];
    public ServiceProcess Findings => _processes["findings"];
    public ServiceProcess? Gateway => _processes.GetValueOrDefault("gateway");
    public ServiceProcess this[string name] => _processes[name];
    public IEnumerable<ServiceProcess> Processes => _processes.Values;

    /// <summary>
    /// While the gateway project does not exist yet (it is being written), the suite talks to the
    /// services directly, and the tests that are about the gateway fail saying so at their end.
    /// </summary>
    public static bool HasGatewayProject => File.Exists(GatewayProject);

    /// <summary>Where writes go: the gateway (the units service while there is no gateway).</summary>
    public HttpClient Api { get; private set; } = null!;

    public string SpanFileOf(string process) => Path.Combine(TempDir, $"spans-{process}.jsonl");

    /// <summary>
    /// <c>RECTIFY_E2E_TEMP</c>, else /dev/shm where it exists: logs, span files and a test's own
    /// PostgreSQL cluster then live in memory, which spares the small writes of many processes on one disk.
    /// </summary>
    public static string TempRoot =>
        Environment.GetEnvironmentVariable("RECTIFY_E2E_TEMP") is { Length: > 0 } configured ? configured
        : Directory.Exists("/dev/shm") && IsWritable("/dev/shm") ? "/dev/shm"
        : Path.GetTempPath();

    private static bool IsWritable(string folder)
    {
        try
        {
            var probe = Path.Combine(folder, $".rectify-e2e-{Guid.NewGuid():N}");
            File.WriteAllText(probe, "");
            File.Delete(probe);
            return true;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }

    public static string Configuration =>
        typeof(RectifyCluster).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()?.Configuration ?? "Debug";

    public static string RepositoryRoot
    {
        get
        {
            var dir = new DirectoryInfo(AppContext.BaseDirectory);
            while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Rectify.sln")))
                dir = dir.Parent;
            return dir?.FullName ?? throw new InvalidOperationException($"no Rectify.sln above {AppContext.BaseDirectory}");
        }
    }

    public static string GatewayProject => Path.Combine(RepositoryRoot, "gateway", "Rectify.Gateway", "Rectify.Gateway.csproj");

    public static string DllOf(string projectFolder)
    {
        var name = Path.GetFileName(projectFolder);
        return Path.Combine(RepositoryRoot, projectFolder, "bin", Configuration, "net10.0", name + ".dll");
    }

    /// <summary>
    /// Starts the five services together, then the gateway; signs in as admin through it. The databases
    /// live on <paramref name="postgres"/>, by default the shared server of <c>RECTIFY_POSTGRES</c>.
    /// </summary>
    public static async Task<RectifyCluster> StartAsync(string name, ITestOutputHelper? output, PostgresServer? postgres = null)
    {
        await Broker.RequireReachableAsync();
        postgres ??= PostgresServer.Shared;
        await postgres.RequireReachableAsync();

        var cluster = new RectifyCluster(name, output, postgres);
        try
        {
            cluster.Database = await postgres.CreateDatabaseAsync(cluster.DatabaseName, ServiceNames);
            await Broker.CreateVirtualHostAsync(cluster.VirtualHost);
            await cluster.StartProcessesAsync();
            await cluster.SignInAsync();
            return cluster;
        }
        catch
        {
            cluster._keepTemp = true;
            var diagnostics = cluster.Diagnostics();
            await cluster.DisposeAsync();
            output?.WriteLine(diagnostics);
            throw;
        }
    }

    private async Task StartProcessesAsync()
    {
        var watch = Stopwatch.StartNew();
        var ports = FreePorts(7);
        var projects = new (string Name, string Folder)[]
        {
            ("units", "services/Units/Rectify.Units"),
            ("findings", "services/Findings/Rectify.Findings"),
            ("tasks", "services/Tasks/Rectify.Tasks"),
            ("notifications", "services/Notifications/Rectify.Notifications"),
            ("reporting", "services/Reporting/Rectify.Reporting"),
        };
        for (var i = 0; i < projects.Length; i++)
            Add(projects[i].Name, projects[i].Folder, ports[i], new Dictionary<string, string>
            {
                ["Database__Provider"] = "Postgres",
                [$"ConnectionStrings__{projects[i].Name}"] = Database!.ConnectionStringOf(projects[i].Name),
            });

        // A stub answers for the web UI, which the suite does not need (see WebStub).
        _webStub = new WebStub(ports[6]);
        var gatewayEnvironment = new Dictionary<string, string>
        {
            [Destination("web")] = $"http://127.0.0.1:{ports[6]}/",
        };
        foreach (var (service, _) in projects)
            gatewayEnvironment[Destination(service)] = _processes[service].BaseAddress.ToString();
        if (HasGatewayProject)
            Add("gateway", "gateway/Rectify.Gateway", ports[5], gatewayEnvironment);

        // The signing key is created atomically by whichever process comes first, so the services
        // can start together. The gateway comes last: it is ready once its first health probes of
        // the services have passed, and a probe that finds a service still starting costs a probe
        // interval (5 s) before it is tried again.
        var services = _processes.Values.Where(p => p.Name != "gateway").ToList();
        foreach (var process in services)
            process.Start();
        await Task.WhenAll(services.Select(p => p.WaitReadyAsync(ReadyTimeout)));
        if (Gateway is { } gateway)
        {
            gateway.Start();
            await gateway.WaitReadyAsync(ReadyTimeout);
        }
        Log($"cluster {Name}: {string.Join(", ", _processes.Values.Select(p => $"{p.Name}={p.Port}"))}, vhost {VirtualHost}, " +
            $"database {DatabaseName}, data {DataDir}; ready in {watch.Elapsed.TotalSeconds:0.0} s");

        Api = NewClient((Gateway ?? Units).BaseAddress);
    }

    private static string Destination(string cluster) => $"ReverseProxy__Clusters__{cluster}__Destinations__d1__Address";

    private void Add(string name, string folder, int port, Dictionary<string, string> extra)
    {
        var environment = new Dictionary<string, string>
        {
            ["RECTIFY_DATA_DIR"] = DataDir,
            ["RECTIFY_ADMIN_PASSWORD"] = AdminPassword,
            ["Bus__Transport"] = "RabbitMq",
            ["Bus__Host"] = Broker.AddressOf(VirtualHost),
            ["Telemetry__SpanFile"] = SpanFileOf(name),
            // The relay's backoff is capped at a minute by default; keep the broker-restart test short.
            ["Outbox__MaxBackoff"] = "00:00:05",
            ["ASPNETCORE_ENVIRONMENT"] = "Production",
            // Six processes share two cores here: workstation GC keeps each one small.
            ["DOTNET_gcServer"] = "0",
            ["Logging__Console__TimestampFormat"] = "HH:mm:ss.fff ",
            // The tests sign the administrator in far more often than the per-user guess budget allows a person.
            ["SignInLimit__PermitsPerUser"] = "1000",
            ["SignInLimit__PermitsPerAddress"] = "1000",
        };
        foreach (var (key, value) in extra)
            environment[key] = value;
        _processes[name] = new ServiceProcess(name, DllOf(folder), port, Path.Combine(TempDir, $"{name}.log"), environment);
    }

    private async Task SignInAsync()
    {
        using var anonymous = new HttpClient { BaseAddress = (Gateway ?? Units).BaseAddress, Timeout = TimeSpan.FromSeconds(30) };
        using var response = await anonymous.PostAsJsonAsync("api/auth/token", new { username = "admin", password = AdminPassword });
        var body = await response.Content.ReadAsStringAsync();
        if (response.StatusCode != HttpStatusCode.OK)
            throw new InvalidOperationException($"POST {anonymous.BaseAddress}api/auth/token answered {(int)response.StatusCode}: {body}");
        _token = System.Text.Json.JsonDocument.Parse(body).RootElement.GetProperty("accessToken").GetString();
        Api.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", _token);
        JurisdictionId ??= await RegisterJurisdictionAsync();
    }

    /// <summary>Every unit lives in a jurisdiction: one per cluster, registered once after the first sign-in.</summary>
    public Guid? JurisdictionId { get; private set; }

    private async Task<Guid> RegisterJurisdictionAsync()
    {
        using var response = await Api.PostAsJsonAsync("api/units/jurisdictions",
            new { name = "E2E市", level = "city", committee = "E2E市委", inspectionOffice = "中共E2E市委巡察工作领导小组办公室" });
        var body = await response.Content.ReadAsStringAsync();
        if (response.StatusCode != HttpStatusCode.Created)
            throw new InvalidOperationException($"POST api/units/jurisdictions answered {(int)response.StatusCode}: {body}");
        return System.Text.Json.JsonDocument.Parse(body).RootElement.GetProperty("id").GetGuid();
    }

    /// <summary>The body of POST /api/units for a unit of this cluster.</summary>
    public object NewUnit(string name, string shortName) => new { name, shortName, kind = "党委", jurisdictionId = JurisdictionId };

    /// <summary>A client signed in as admin against one base address (a service directly, or the gateway).</summary>
    public HttpClient NewClient(Uri baseAddress)
    {
        var client = new HttpClient(new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromSeconds(30) })
        {
            BaseAddress = baseAddress,
            Timeout = TimeSpan.FromSeconds(30),
        };
        if (_token is not null)
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", _token);
        _clients.Add(client);
        return client;
    }

    public HttpClient Direct(string service) => NewClient(_processes[service].BaseAddress);

    /// <summary>Reads a service's API through the gateway (directly while there is none).</summary>
    public HttpClient ThroughGateway(string service) => NewClient((Gateway ?? _processes[service]).BaseAddress);

    /// <summary>Every unit of a unit list, page by page: each answer holds at most 500 and names the next in its Link header.</summary>
    public async Task<List<UnitDto>> ListUnitsAsync(HttpClient client, string path)
    {
        var units = new List<UnitDto>();
        for (string? next = path + (path.Contains('?') ? "&" : "?") + "take=500"; next is not null;)
        {
            using var response = await client.GetAsync(next);
            if (!response.IsSuccessStatusCode)
                throw new InvalidOperationException($"GET {client.BaseAddress}{next} answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
            units.AddRange((await response.Content.ReadFromJsonAsync<List<UnitDto>>())!);
            next = NextPage.Of(response);
        }
        return units;
    }

    /// <summary>
    /// Reporting's count of applied <c>UnitRegistered</c> events (not its count of units): one more than the
    /// units it holds for every event applied twice, which is what the delivery tests look for.
    /// </summary>
    public async Task<long> CountAsync(HttpClient client)
    {
        using var response = await client.GetAsync("api/reports/units/count");
        if (!response.IsSuccessStatusCode)
            throw new InvalidOperationException($"GET {client.BaseAddress}api/reports/units/count answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        return (await response.Content.ReadFromJsonAsync<UnitCountDto>())!.RegisteredEventsApplied;
    }

    /// <summary>Rows of the units service's outbox not yet marked sent (read straight from its database).</summary>
    public long PendingInUnitsOutbox() => UnitsOutbox().Pending;

    /// <summary>
    /// The units outbox as its relay left it: rows not yet marked sent, and rows whose publish
    /// failed at least once (the relay then backs off and tries again).
    /// </summary>
    public (long Pending, long Retried) UnitsOutbox() => Outbox("units");

    /// <summary>The outbox of a service's schema in the cluster's database, as <see cref="UnitsOutbox"/>.</summary>
    public (long Pending, long Retried) Outbox(string service)
    {
        using var connection = OpenDatabase();
        using var command = new NpgsqlCommand(
            $"SELECT COUNT(CASE WHEN \"SentAt\" IS NULL THEN 1 END), COUNT(CASE WHEN \"Attempts\" > 0 THEN 1 END) FROM \"{service}\".outbox_messages",
            connection);
        using var reader = command.ExecuteReader();
        reader.Read();
        return (reader.GetInt64(0), reader.GetInt64(1));
    }

    /// <summary>
    /// Hands a service's relay lease to a holder that never lets go, as another instance would hold it:
    /// the relay finishes the batch it has and then publishes nothing until <see cref="ReleaseRelay"/>.
    /// </summary>
    public void HoldRelay(string service) =>
        Execute($"INSERT INTO \"{service}\".outbox_leases (\"Name\", \"Holder\", \"ExpiresAt\") VALUES ('relay', 'e2e-hold', '9999-01-01Z') " +
            "ON CONFLICT (\"Name\") DO UPDATE SET \"Holder\" = 'e2e-hold', \"ExpiresAt\" = '9999-01-01Z'");

    /// <summary>Lets the held lease expire at once.</summary>
    public void ReleaseRelay(string service) =>
        Execute($"UPDATE \"{service}\".outbox_leases SET \"ExpiresAt\" = '2000-01-01Z' WHERE \"Holder\" = 'e2e-hold'");

    private void Execute(string sql)
    {
        using var connection = OpenDatabase();
        using var command = new NpgsqlCommand(sql, connection);
        command.ExecuteNonQuery();
    }

    // The superuser's view of the cluster's database: the evidence is read around the services, not through them.
    private NpgsqlConnection OpenDatabase()
    {
        var builder = new NpgsqlConnectionStringBuilder(Postgres.AdminConnectionString) { Database = DatabaseName, Pooling = false, Timeout = 15 };
        var connection = new NpgsqlConnection(builder.ConnectionString);
        connection.Open();
        return connection;
    }

    /// <summary>Kills a process outright (SIGKILL, whole tree), as a crash or an OOM kill would.</summary>
    public void Kill(ServiceProcess process)
    {
        Log($"killing {process.Name} (pid {process.ProcessId})");
        process.Kill();
    }

    /// <summary>Starts a killed process again: same port, same data folder, same settings.</summary>
    public async Task RestartAsync(ServiceProcess process)
    {
        var watch = Stopwatch.StartNew();
        process.Start();
        await process.WaitReadyAsync(ReadyTimeout);
        Log($"{process.Name} restarted and ready in {watch.Elapsed.TotalSeconds:0.0} s");
    }

    /// <summary>The tail of every process's output, to attach to a failure.</summary>
    public string Diagnostics() => Diagnostics(40);

    public string Diagnostics(int lines) =>
        $"cluster {Name} (temp {TempDir}, vhost {VirtualHost}, database {DatabaseName})\n" +
        string.Join("\n", _processes.Values.Select(p => p.Tail(lines)));

    public void Log(string message)
    {
        var line = $"[{DateTimeOffset.Now:HH:mm:ss.fff}] {message}";
        try
        {
            Output?.WriteLine(line);
        }
        catch (InvalidOperationException)
        {
            // A class fixture is disposed after its last test: that test's output no longer takes lines.
            Console.WriteLine(line);
        }
    }

    /// <summary>Keeps the temp folder (logs, spans, databases) for a look after a failure.</summary>
    public void KeepTempFolder() => _keepTemp = true;

    private bool KeepsEvidence => _keepTemp || Environment.GetEnvironmentVariable("RECTIFY_E2E_KEEP") == "1";

    public async ValueTask DisposeAsync()
    {
        foreach (var client in _clients)
            client.Dispose();
        await Task.WhenAll(_processes.Values.Select(async p =>
        {
            try
            {
                await p.StopAsync(TimeSpan.FromSeconds(10));
            }
            catch (Exception ex)
            {
                Log($"stopping {p.Name} failed: {ex.Message}");
            }
        }));
        _webStub?.Dispose();
        await Broker.DeleteVirtualHostAsync(VirtualHost);
        if (Database is not null && !KeepsEvidence)
            await Database.DisposeAsync();
        if (KeepsEvidence)
        {
            Log($"kept {TempDir} and the database {DatabaseName}");
            return;
        }
        try
        {
            Directory.Delete(TempDir, recursive: true);
        }
        catch (IOException)
        {
        }
    }

    private static int[] FreePorts(int count)
    {
        var listeners = Enumerable.Range(0, count).Select(_ =>
        {
            var listener = new TcpListener(IPAddress.Loopback, 0);
            listener.Start();
            return listener;
        }).ToList();
        var ports = listeners.Select(l => ((IPEndPoint)l.LocalEndpoint).Port).ToArray();
        foreach (var listener in listeners)
            listener.Stop();
        return ports;
    }
}
