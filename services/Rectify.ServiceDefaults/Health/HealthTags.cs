namespace Rectify.ServiceDefaults.Health;

public static class HealthTags
{
    /// <summary>Checks behind <c>/alive</c>: the process answers.</summary>
    public const string Live = "live";
    /// <summary>Checks behind <c>/health/ready</c>: database and broker reachable. MassTransit tags its own "ready".</summary>
    public const string Ready = "ready";
}
