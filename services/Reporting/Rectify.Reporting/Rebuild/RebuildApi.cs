using Rectify.ServiceDefaults.Auth;
using Rectify.ServiceDefaults.Hosting;

namespace Rectify.Reporting.Rebuild;

/// <summary>/api/reports/admin: rebuilding the read models from the owning services' state (administrators only).</summary>
public static class RebuildApi
{
    public static IEndpointRouteBuilder MapRebuildApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapServiceApi(ReportingModule.Name, "/api/reports/admin").WithTags("Rebuild").RequireAuthorization(AuthExtensions.AdminPolicy);
        api.MapPost("/rebuild", async (RebuildBook book, CancellationToken ct) =>
        {
            var run = await book.StartAsync(ct);
            return TypedResults.Accepted($"/api/reports/admin/rebuilds/{run.Id}", run);
        });
        api.MapGet("/rebuilds", (RebuildBook book, CancellationToken ct) => book.ListAsync(ct));
        api.MapGet("/rebuilds/{id:guid}", async (Guid id, RebuildBook book, CancellationToken ct) =>
            await book.GetAsync(id, ct) is { } run ? Results.Ok(run) : Results.NotFound());
        return app;
    }
}
