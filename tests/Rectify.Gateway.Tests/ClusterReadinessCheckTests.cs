using System.Diagnostics.CodeAnalysis;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Rectify.Gateway.Health;
using Yarp.ReverseProxy;
using Yarp.ReverseProxy.Model;

namespace Rectify.Gateway.Tests;

public sealed class Cluster_readiness
{
    [Theory]
    [InlineData(HealthStatus.Unhealthy, DestinationHealth.Unknown)]
    [InlineData(HealthStatus.Unhealthy, DestinationHealth.Unhealthy)]
    [InlineData(HealthStatus.Unhealthy, DestinationHealth.Unknown, DestinationHealth.Unhealthy)]
    [InlineData(HealthStatus.Healthy, DestinationHealth.Healthy)]
    [InlineData(HealthStatus.Healthy, DestinationHealth.Unhealthy, DestinationHealth.Healthy)]
    [InlineData(HealthStatus.Unhealthy)]
    public async Task Needs_at_least_one_actively_healthy_destination(HealthStatus expected, params DestinationHealth[] destinations)
    {
        var cluster = new ClusterState("units");
        for (var i = 0; i < destinations.Length; i++)
        {
            var destination = new DestinationState($"d{i + 1}");
            destination.Health.Active = destinations[i];
            cluster.Destinations[destination.DestinationId] = destination;
        }

        var result = await new ClusterReadinessCheck(new Lookup(cluster), "units").CheckHealthAsync(new HealthCheckContext());

        Assert.Equal(expected, result.Status);
    }

    [Fact]
    public async Task A_cluster_missing_from_the_proxy_is_not_ready()
    {
        var result = await new ClusterReadinessCheck(new Lookup(), "units").CheckHealthAsync(new HealthCheckContext());

        Assert.Equal(HealthStatus.Unhealthy, result.Status);
    }

    private sealed class Lookup(params ClusterState[] clusters) : IProxyStateLookup
    {
        public bool TryGetRoute(string id, [NotNullWhen(true)] out RouteModel? route) => (route = null) is not null;
        public IEnumerable<RouteModel> GetRoutes() => [];
        public bool TryGetCluster(string id, [NotNullWhen(true)] out ClusterState? cluster) => (cluster = clusters.FirstOrDefault(c => c.ClusterId == id)) is not null;
        public IEnumerable<ClusterState> GetClusters() => clusters;
    }
}
