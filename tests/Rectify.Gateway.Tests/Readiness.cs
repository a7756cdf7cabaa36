using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Rectify.Gateway.Tests.Infrastructure;

namespace Rectify.Gateway.Tests;

[Collection(GatewayCollection.Name)]
public sealed class Readiness(GatewayFixture fixture)
{
    [Fact]
    public async Task Is_ready_once_every_cluster_has_been_probed_healthy()
    {
        using var client = fixture.Client();

        var (status, body) = await Eventually.HoldsAsync(() => ReadyAsync(client), r => r.Status == HttpStatusCode.OK, "gateway readiness");

        Assert.All(GatewayFixture.Clusters, c => Assert.Equal("Healthy", body.GetProperty("checks").GetProperty($"cluster:{c}").GetString()));
    }

    [Fact]
    public async Task Is_not_ready_before_the_first_probe_has_answered()
    {
        await using var units = await FakeDestination.StartAsync("units");
        var gate = units.HoldReadinessProbes();
        await using var gateway = fixture.CreateGateway(
            GatewayFixture.Destination("units", units.Address),
            ("ReverseProxy:Clusters:units:HealthCheck:Active:Timeout", "00:05:00"));
        using var client = fixture.Client(gateway);

        var (status, body) = await ReadyAsync(client);
        var unitsCheck = await CheckAsync(gateway, "units");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, status);
        Assert.Equal("Unhealthy", body.GetProperty("checks").GetProperty("cluster:units").GetString());
        Assert.Equal("d1 Unknown", unitsCheck.Description);

        gate.SetResult();
        await Eventually.HoldsAsync(() => ReadyAsync(client), r => r.Status == HttpStatusCode.OK, "readiness after the probe answered");
    }

    [Fact]
    public async Task Is_not_ready_while_a_clusters_only_destination_is_down_and_ready_once_it_is_back()
    {
        await using var tasks = await FakeDestination.StartAsync("tasks");
        tasks.Ready = false;
        await using var gateway = fixture.CreateGateway(GatewayFixture.Destination("tasks", tasks.Address));
        using var client = fixture.Client(gateway);

        var (status, body) = await Eventually.HoldsAsync(() => ReadyAsync(client),
            r => GatewayFixture.Clusters.Count(c => State(r.Body, c) == "Healthy") == 5, "every other cluster to be healthy");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, status);
        Assert.Equal("Unhealthy", State(body, "tasks"));

        tasks.Ready = true;
        await Eventually.HoldsAsync(() => ReadyAsync(client), r => r.Status == HttpStatusCode.OK, "readiness after tasks recovered");
    }

    [Fact]
    public async Task One_failed_probe_is_enough_to_be_not_ready()
    {
        // YARP's default threshold (2) would call a destination Healthy after its first failure.
        await using var reporting = await FakeDestination.StartAsync("reporting");
        reporting.Ready = false;
        await using var gateway = fixture.CreateGateway(
            GatewayFixture.Destination("reporting", reporting.Address),
            ("ReverseProxy:Clusters:reporting:HealthCheck:Active:Interval", "01:00:00"));
        using var client = fixture.Client(gateway);

        var check = await Eventually.HoldsAsync(() => CheckAsync(gateway, "reporting"), c => c.Description != "d1 Unknown", "the first probe");

        Assert.Equal("d1 Unhealthy", check.Description);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, (await ReadyAsync(client)).Status);
    }

    [Fact]
    public async Task Is_not_ready_while_a_destination_refuses_connections()
    {
        await using var gateway = fixture.CreateGateway(GatewayFixture.Destination("findings", ClosedPort.Address()));
        using var client = fixture.Client(gateway);

        var (status, body) = await Eventually.HoldsAsync(() => ReadyAsync(client),
            r => GatewayFixture.Clusters.Count(c => State(r.Body, c) == "Healthy") == 5, "every other cluster to be healthy");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, status);
        Assert.Equal("Unhealthy", State(body, "findings"));
        Assert.Equal("d1 Unhealthy", (await CheckAsync(gateway, "findings")).Description);
    }

    private static string? State(JsonElement body, string cluster) =>
        body.GetProperty("checks").TryGetProperty($"cluster:{cluster}", out var state) ? state.GetString() : null;

    private static async Task<(HttpStatusCode Status, JsonElement Body)> ReadyAsync(HttpClient client)
    {
        var response = await client.GetAsync("/health/ready");
        return (response.StatusCode, await response.Content.ReadFromJsonAsync<JsonElement>());
    }

    private static async Task<HealthReportEntry> CheckAsync(GatewayFactory gateway, string cluster)
    {
        var report = await gateway.Services.GetRequiredService<HealthCheckService>()
            .CheckHealthAsync(r => r.Name == $"cluster:{cluster}");
        return report.Entries[$"cluster:{cluster}"];
    }
}
