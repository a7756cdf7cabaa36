using MassTransit;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Rectify.ServiceDefaults.Health;
using Rectify.Services.Tests.Support;

namespace Rectify.Services.Tests.Hosting;

public sealed class Bus_liveness
{
    private readonly ManualClock _clock = new(new DateTimeOffset(2026, 3, 2, 9, 0, 0, TimeSpan.Zero));
    private BusHealthStatus _status = BusHealthStatus.Healthy;

    private BusLivenessCheck Check() => new(() => _status == BusHealthStatus.Healthy
        ? BusHealthResult.Healthy("ok", new Dictionary<string, EndpointHealthResult>())
        : BusHealthResult.Degraded("broker gone", new InvalidOperationException("broker gone"), new Dictionary<string, EndpointHealthResult>()), _clock);

    [Fact]
    public async Task Tolerates_a_short_outage_then_asks_for_a_restart_and_forgets_once_healthy()
    {
        var check = Check();
        _status = BusHealthStatus.Degraded;

        var atStart = await check.CheckHealthAsync(new HealthCheckContext());
        _clock.Advance(BusLivenessCheck.Tolerance - TimeSpan.FromSeconds(1));
        var justBefore = await check.CheckHealthAsync(new HealthCheckContext());
        _clock.Advance(TimeSpan.FromSeconds(2));
        var after = await check.CheckHealthAsync(new HealthCheckContext());
        _status = BusHealthStatus.Healthy;
        var recovered = await check.CheckHealthAsync(new HealthCheckContext());
        _status = BusHealthStatus.Degraded;
        var newOutage = await check.CheckHealthAsync(new HealthCheckContext());

        Assert.Equal(HealthStatus.Healthy, atStart.Status);
        Assert.Equal(HealthStatus.Healthy, justBefore.Status);
        Assert.Equal(HealthStatus.Unhealthy, after.Status);
        Assert.Equal(HealthStatus.Healthy, recovered.Status);
        Assert.Equal(HealthStatus.Healthy, newOutage.Status);
    }
}
