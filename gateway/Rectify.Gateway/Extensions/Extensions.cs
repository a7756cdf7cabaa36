using Rectify.Gateway.Health;
using Rectify.Gateway.Proxy;
using Rectify.Gateway.RateLimiting;
using Rectify.ServiceDefaults.Edge;
using Yarp.ReverseProxy.Health;

namespace Rectify.Gateway.Extensions;

public static class Extensions
{
    /// <summary>YARP from the <c>ReverseProxy</c> section, plus what that section cannot express.</summary>
    public static WebApplicationBuilder AddGateway(this WebApplicationBuilder builder)
    {
        builder.ListenOnRectifyPort();
        builder.Services.AddOptions<GatewayOptions>().BindConfiguration(GatewayOptions.Section)
            .Validate(o => o.MaxRequestBodyBytes > 0 && o.RateLimit.PermitsPerWindow > 0 && o.RateLimit.WindowSeconds > 0,
                "Gateway:MaxRequestBodyBytes, Gateway:RateLimit:PermitsPerWindow and WindowSeconds must be positive.")
            .ValidateOnStart();
        builder.Services.AddReverseProxy().LoadFromConfig(builder.Configuration.GetSection("ReverseProxy"));
        // With YARP's default threshold of 2, a destination whose first probe fails is reported
        // Healthy; readiness would then pass while a service is down. One failure is enough, and
        // routing is unaffected: with every destination unhealthy YARP falls back to all of them.
        builder.Services.Configure<ConsecutiveFailuresHealthPolicyOptions>(o => o.DefaultThreshold = 1);
        builder.Services.AddClientRateLimiting();
        builder.Services.AddSignInRateLimiter();
        builder.Services.AddClusterReadiness(builder.Configuration);
        return builder;
    }

    public static WebApplication MapGateway(this WebApplication app)
    {
        app.MapReverseProxy(proxy =>
        {
            proxy.UseMiddleware<ProxyErrorMiddleware>();
            proxy.UseMiddleware<SignInRateLimiterMiddleware>();
            proxy.UseMiddleware<RequestBodyLimitMiddleware>();
            proxy.UseSessionAffinity();
            proxy.UseLoadBalancing();
            proxy.UsePassiveHealthChecks();
        });
        return app;
    }

    /// <summary>
    /// <c>RECTIFY_PORT</c> (default 8080, docs/layout.md) when nothing else says where to listen;
    /// <c>ASPNETCORE_URLS</c>, <c>--urls</c> and <c>ASPNETCORE_HTTP_PORTS</c> still win.
    /// </summary>
    private static void ListenOnRectifyPort(this WebApplicationBuilder builder)
    {
        var config = builder.Configuration;
        if (string.IsNullOrEmpty(config["urls"]) && string.IsNullOrEmpty(config["http_ports"]) && string.IsNullOrEmpty(config["https_ports"]))
            builder.WebHost.UseUrls($"http://localhost:{config["RECTIFY_PORT"] ?? "8080"}");
    }
}
