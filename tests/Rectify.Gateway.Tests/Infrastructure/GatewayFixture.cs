using System.Net.Http.Headers;

namespace Rectify.Gateway.Tests.Infrastructure;

/// <summary>
/// Six fake services (one per cluster), a signing key and a gateway pointed at them, shared by the
/// "gateway" collection. Tests needing other settings build their own gateway with <see cref="CreateGateway"/>.
/// </summary>
public sealed class GatewayFixture : IAsyncLifetime
{
    public static readonly string[] Clusters = ["units", "findings", "tasks", "notifications", "reporting", "web"];

    private readonly string _dataDir = Path.Combine(Path.GetTempPath(), $"rectify-gateway-tests-{Guid.NewGuid():N}");
    private GatewayFactory? _gateway;

    public TestTokens Tokens { get; } = new();
    public Dictionary<string, FakeDestination> Services { get; } = [];
    public GatewayFactory Gateway => _gateway ?? throw new InvalidOperationException("Not initialised.");

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(Path.Combine(_dataDir, "keys"));
        Tokens.WritePem(Path.Combine(_dataDir, "keys", "signing.pem"));
        foreach (var cluster in Clusters)
            Services[cluster] = await FakeDestination.StartAsync(cluster);
        _gateway = CreateGateway();
    }

    /// <summary>Settings pointing every cluster at its fake, probing fast; <paramref name="overrides"/> win.</summary>
    public GatewayFactory CreateGateway(params (string Key, string? Value)[] overrides)
    {
        var settings = new Dictionary<string, string?>
        {
            ["RECTIFY_DATA_DIR"] = _dataDir,
            ["Auth:SigningKeyPath"] = Path.Combine(_dataDir, "keys", "signing.pem"),
        };
        foreach (var cluster in Clusters)
        {
            settings[$"ReverseProxy:Clusters:{cluster}:Destinations:d1:Address"] = Services[cluster].Address.ToString();
            settings[$"ReverseProxy:Clusters:{cluster}:HealthCheck:Active:Interval"] = "00:00:00.200";
            settings[$"ReverseProxy:Clusters:{cluster}:HealthCheck:Active:Timeout"] = "00:00:02";
        }
        foreach (var (key, value) in overrides)
            settings[key] = value;
        return new GatewayFactory(settings);
    }

    public static (string, string?) Destination(string cluster, Uri address) =>
        ($"ReverseProxy:Clusters:{cluster}:Destinations:d1:Address", address.ToString());

    public HttpClient Client(GatewayFactory? gateway = null, string? subject = null)
    {
        var client = (gateway ?? Gateway).CreateClient();
        if (subject is not null)
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", Tokens.Issue(subject));
        return client;
    }

    public async Task DisposeAsync()
    {
        if (_gateway is not null)
            await _gateway.DisposeAsync();
        foreach (var service in Services.Values)
            await service.DisposeAsync();
        Tokens.Dispose();
        try { Directory.Delete(_dataDir, recursive: true); } catch (IOException) { }
    }
}

[CollectionDefinition(Name)]
public sealed class GatewayCollection : ICollectionFixture<GatewayFixture>
{
    public const string Name = "gateway";
}
