namespace Rectify.Gateway;

/// <summary>The <c>Gateway</c> configuration section: what the <c>ReverseProxy</c> section cannot say.</summary>
public sealed class GatewayOptions
{
    public const string Section = "Gateway";

    /// <summary>
    /// Largest request body forwarded to a service, unless a route sets its own
    /// <c>MaxRequestBodySize</c>. 30 MB: room for evidence files, not for accidents.
    /// </summary>
    public long MaxRequestBodyBytes { get; set; } = 30 * 1024 * 1024;

    public RateLimitOptions RateLimit { get; set; } = new();
}

/// <summary>A fixed window per client (the token's <c>sub</c>, else the remote address).</summary>
public sealed class RateLimitOptions
{
    /// <summary>
    /// 3000 a minute per client is far above what a person clicking through the UI or the
    /// end-to-end suite (a few hundred requests a run, all as one admin from one address) sends,
    /// so tests never trip it; it still stops a runaway script. Lower it per deployment.
    /// </summary>
    public int PermitsPerWindow { get; set; } = 3000;

    public int WindowSeconds { get; set; } = 60;
}
