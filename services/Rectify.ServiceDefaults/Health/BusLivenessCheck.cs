using MassTransit;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Rectify.ServiceDefaults.Health;

/// <summary>
/// Fails <c>/alive</c> once the bus has been unhealthy for longer than <see cref="Tolerance"/>, so an
/// orchestrator restarts the process. MassTransit 8.4 occasionally never reconnects a receive
/// endpoint after a broker restart (fixed upstream only in 8.5, which cannot be used here); a
/// restart is the cure. A short outage is tolerated: the outbox holds events meanwhile.
/// </summary>
internal sealed class BusLivenessCheck(Func<BusHealthResult> busHealth, TimeProvider time) : IHealthCheck
{
    public BusLivenessCheck(IBusControl bus, TimeProvider time) : this(bus.CheckHealth, time)
    {
    }

    public static readonly TimeSpan Tolerance = TimeSpan.FromMinutes(3);

    private DateTimeOffset? _unhealthySince;

    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var health = busHealth();
        var now = time.GetUtcNow();
        if (health.Status == BusHealthStatus.Healthy)
        {
            _unhealthySince = null;
            return Task.FromResult(HealthCheckResult.Healthy());
        }
        _unhealthySince ??= now;
        var result = now - _unhealthySince.Value > Tolerance
            ? HealthCheckResult.Unhealthy($"Bus {health.Status} since {_unhealthySince:O}: {health.Description}")
            : HealthCheckResult.Healthy($"Bus {health.Status} since {_unhealthySince:O}, tolerated");
        return Task.FromResult(result);
    }
}
