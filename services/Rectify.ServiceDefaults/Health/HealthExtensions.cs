using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Rectify.ServiceDefaults.Health;

public static class HealthExtensions
{
    public static IServiceCollection AddDefaultHealthChecks(this IServiceCollection services)
    {
        services.AddHealthChecks().AddCheck("self", () => HealthCheckResult.Healthy(), [HealthTags.Live]);
        return services;
    }

    /// <summary>Mapped in every environment: probes and the gateway's active checks depend on them.</summary>
    public static IEndpointRouteBuilder MapDefaultHealthEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapHealthChecks("/alive", new HealthCheckOptions { Predicate = r => r.Tags.Contains(HealthTags.Live) })
            .AllowAnonymous();
        // A broker outage makes MassTransit report Degraded: still ready (200), because writes go on
        // into the outbox and nothing is lost; the body says what is degraded. A database that
        // cannot be reached is Unhealthy: 503. See docs/decisions/0007.
        app.MapHealthChecks("/health/ready", new HealthCheckOptions
        {
            Predicate = r => r.Tags.Contains(HealthTags.Ready),
            ResponseWriter = WriteSummaryAsync,
            ResultStatusCodes =
            {
                [HealthStatus.Healthy] = StatusCodes.Status200OK,
                [HealthStatus.Degraded] = StatusCodes.Status200OK,
                [HealthStatus.Unhealthy] = StatusCodes.Status503ServiceUnavailable,
            },
        }).AllowAnonymous();
        return app;
    }

    // Names each failing check, so an operator sees which dependency is down without logs.
    private static Task WriteSummaryAsync(HttpContext context, HealthReport report) =>
        context.Response.WriteAsJsonAsync(new
        {
            status = report.Status.ToString(),
            checks = report.Entries.ToDictionary(e => e.Key, e => e.Value.Status.ToString()),
            descriptions = report.Entries.Where(e => e.Value.Description is not null).ToDictionary(e => e.Key, e => e.Value.Description),
        });
}
