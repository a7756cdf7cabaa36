using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Rectify.ServiceDefaults.Auth;
using Rectify.ServiceDefaults.Errors;
using Rectify.ServiceDefaults.Health;
using Rectify.ServiceDefaults.Telemetry;

namespace Rectify.ServiceDefaults.Hosting;

public static class ServiceDefaultsExtensions
{
    /// <summary>Telemetry, health, problem details and authentication: what every process has.</summary>
    public static WebApplicationBuilder AddServiceDefaults(this WebApplicationBuilder builder, string serviceName)
    {
        // Request-per-line logs drown what matters; configuration can turn them back on.
        builder.Logging.AddFilter("Microsoft.AspNetCore", LogLevel.Warning);
        builder.Logging.AddFilter("Microsoft.EntityFrameworkCore", LogLevel.Warning);
        builder.AddDefaultTelemetry(serviceName);
        builder.Services.AddDefaultHealthChecks();
        builder.Services.AddDefaultProblemDetails();
        builder.AddDefaultAuthentication();
        builder.Services.AddSingleton(TimeProvider.System);
        return builder;
    }

    /// <summary>The middleware every process runs, in the order that matters.</summary>
    public static WebApplication UseServiceDefaults(this WebApplication app)
    {
        app.UseDefaultProblemDetails();
        app.UseRouting();
        app.UseAuthentication();
        app.UseAuthorization();
        return app;
    }

    public static WebApplication MapDefaultEndpoints(this WebApplication app)
    {
        app.MapDefaultHealthEndpoints();
        return app;
    }
}
