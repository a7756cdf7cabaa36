using Microsoft.Extensions.Diagnostics.HealthChecks;
using Yarp.ReverseProxy;
using Yarp.ReverseProxy.Model;

namespace Rectify.Gateway.Health;

/// <summary>
/// Ready when the cluster has at least one destination whose last active probe succeeded.
/// Unknown (not yet probed) does not count: right after start the gateway is not ready until the
/// probes have answered, so an orchestrator never sends traffic to a gateway with nowhere to send it.
/// </summary>
public sealed class ClusterReadinessCheck(IProxyStateLookup proxy, string clusterId) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        if (!proxy.TryGetCluster(clusterId, out var cluster))
            return Task.FromResult(HealthCheckResult.Unhealthy($"Cluster '{clusterId}' is not configured."));

        var destinations = cluster.Destinations.Values.OrderBy(d => d.DestinationId, StringComparer.Ordinal).ToList();
        var data = destinations.ToDictionary(d => d.DestinationId, d => (object)d.Health.Active.ToString());
        var summary = destinations.Count == 0
            ? "no destinations"
            : string.Join(", ", destinations.Select(d => $"{d.DestinationId} {d.Health.Active}"));
        return Task.FromResult(destinations.Any(d => d.Health.Active == DestinationHealth.Healthy)
            ? HealthCheckResult.Healthy(summary, data)
            : HealthCheckResult.Unhealthy(summary, data: data));
    }
}
