using Microsoft.Extensions.Diagnostics.HealthChecks;
using Rectify.ServiceDefaults.Health;
using Yarp.ReverseProxy;

namespace Rectify.Gateway.Health;

public static class ClusterReadinessExtensions
{
    /// <summary>
    /// One "ready" check per configured cluster, named <c>cluster:&lt;id&gt;</c>, so the shared
    /// <c>/health/ready</c> body names each cluster's state. Clusters are read from configuration at
    /// start; one added by a later reload is routed but not part of readiness until a restart.
    /// </summary>
    public static IServiceCollection AddClusterReadiness(this IServiceCollection services, IConfiguration configuration)
    {
        var checks = services.AddHealthChecks();
        foreach (var cluster in configuration.GetSection("ReverseProxy:Clusters").GetChildren())
        {
            var clusterId = cluster.Key;
            checks.Add(new HealthCheckRegistration(
                $"cluster:{clusterId}",
                sp => new ClusterReadinessCheck(sp.GetRequiredService<IProxyStateLookup>(), clusterId),
                failureStatus: HealthStatus.Unhealthy,
                tags: [HealthTags.Ready]));
        }
        return services;
    }
}
