using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Rectify.ServiceDefaults.Edge;

/// <summary>
/// <c>X-Forwarded-For</c> / <c>X-Forwarded-Proto</c> are believed only from the proxies named in
/// <c>ForwardedHeaders:KnownProxies</c> (addresses) and <c>ForwardedHeaders:KnownNetworks</c> (CIDR),
/// besides loopback: anyone else could pick the address the rate limits key on, or claim https.
/// </summary>
public static class TrustedProxies
{
    public const string Section = "ForwardedHeaders";

    public static IServiceCollection AddTrustedProxies(this IServiceCollection services, IConfiguration configuration)
    {
        var section = configuration.GetSection(Section);
        var proxies = Values(section, "KnownProxies")
            .Select(p => IPAddress.TryParse(p, out var address) ? address : throw Invalid("KnownProxies", p)).ToList();
        var networks = Values(section, "KnownNetworks")
            .Select(n => System.Net.IPNetwork.TryParse(n, out var network) ? network : throw Invalid("KnownNetworks", n)).ToList();
        services.Configure<ForwardedHeadersOptions>(options =>
        {
            options.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            // One hop: the address the trusted proxy saw. Entries further left were written by the client.
            options.ForwardLimit = 1;
            foreach (var proxy in proxies)
                options.KnownProxies.Add(proxy);
            foreach (var network in networks)
                options.KnownIPNetworks.Add(network);
        });
        return services;
    }

    public static IApplicationBuilder UseTrustedProxies(this IApplicationBuilder app) => app.UseForwardedHeaders();

    /// <summary>Both a list (<c>KnownProxies:0</c>, …) and one comma-separated value (handy in an environment variable).</summary>
    private static IEnumerable<string> Values(IConfigurationSection section, string key)
    {
        var child = section.GetSection(key);
        var values = child.Value is { Length: > 0 } single ? [single] : child.GetChildren().Select(c => c.Value ?? "");
        return values.SelectMany(v => v.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
    }

    private static InvalidOperationException Invalid(string key, string value) =>
        new($"{Section}:{key}: '{value}' is not an address or network.");
}
