using Rectify.Gateway.Tests.Infrastructure;

namespace Rectify.Gateway.Tests;

[Collection(GatewayCollection.Name)]
public sealed class ProxyErrors(GatewayFixture fixture)
{
    [Fact]
    public async Task A_service_that_is_down_gets_502_problem_details_naming_it()
    {
        await using var gateway = fixture.CreateGateway(GatewayFixture.Destination("findings", ClosedPort.Address()));
        using var client = fixture.Client(gateway, subject: "alice");

        var response = await client.GetAsync("/api/findings/units");

        var problem = await response.AssertProblemAsync(502);
        Assert.Equal("findings", problem.GetProperty("cluster").GetString());
        Assert.Equal("/api/findings/units", problem.GetProperty("instance").GetString());
    }

    [Fact]
    public async Task A_cluster_with_no_destination_left_gets_503_problem_details()
    {
        // HealthyAndUnknown drops the probed-unhealthy destination instead of falling back to it.
        await using var gateway = fixture.CreateGateway(
            GatewayFixture.Destination("notifications", ClosedPort.Address()),
            ("ReverseProxy:Clusters:notifications:HealthCheck:AvailableDestinationsPolicy", "HealthyAndUnknown"));
        using var client = fixture.Client(gateway, subject: "alice");

        var response = await Eventually.HoldsAsync(() => client.GetAsync("/api/notifications/inbox"),
            r => (int)r.StatusCode == 503, "the destination to be probed unhealthy");

        await response.AssertProblemAsync(503);
    }
}
