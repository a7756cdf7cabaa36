using Microsoft.EntityFrameworkCore;
using Rectify.Reporting.Infrastructure;
using Rectify.Reporting.Model;
using Rectify.Reporting.Queries;
using Rectify.ServiceDefaults.Errors;
using Rectify.ServiceDefaults.Hosting;

namespace Rectify.Reporting.Apis;

/// <param name="Units">Units reporting knows (one row each, whatever was replayed).</param>
/// <param name="RegisteredEventsApplied">
/// <c>UnitRegistered</c> events applied since the last rebuild: equal to <paramref name="Units"/> unless a unit was
/// registered during a rebuild or two units replicas both republished. A delivery check, not a figure to publish.
/// </param>
public sealed record UnitCount(long Units, long RegisteredEventsApplied);

/// <summary>GET /public/summary: what anyone may read about the deployment.</summary>
public sealed record PublicSummary(long Units);

/// <summary>/api/reports: the dashboards, a unit's and an inspection's view, categories and the drill-down to items.</summary>
public static class ReportsApi
{
    public static IEndpointRouteBuilder MapReportsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapServiceApi(ReportingModule.Name, "/api/reports").WithTags("Reports");
        api.MapGet("/units/count", CountAsync);
        api.MapGet("/dashboard", DashboardAsync);
        api.MapGet("/units/{unitId:guid}", (Guid unitId, Reports reports, CancellationToken ct) => reports.UnitAsync(unitId, ct));
        api.MapGet("/inspections/{inspectionId:guid}", (Guid inspectionId, InspectionReports reports, CancellationToken ct) => reports.GetAsync(inspectionId, ct));
        api.MapGet("/categories", CategoriesAsync);
        api.MapGet("/items", ItemsAsync);
        api.MapGet("/missing-reports", (string? jurisdictionPath, Guid? unitId, Guid? inspectionId, string? round, string? team, int? skip, int? take,
            MissingReports missing, CancellationToken ct) =>
            missing.PageAsync(new TaskFilter(Path(jurisdictionPath), unitId, inspectionId, round, team), ListPage.Of(skip, take), ct));

        app.MapGroup("/public").WithGroupName(ReportingModule.Name).WithTags("Public").AllowAnonymous()
            .MapGet("/summary", async (ReportingDbContext db, CancellationToken ct) => new PublicSummary(await db.Units.LongCountAsync(ct)));
        return app;
    }

    private static Task<Dashboard> DashboardAsync(
        string? jurisdictionPath, string? round, string? team, string? category, string? sort, bool? desc, Reports reports, CancellationToken ct) =>
        reports.DashboardAsync(new TaskFilter(Path(jurisdictionPath), Round: round, Team: team, Category: category), sort, desc ?? sort is not "name", ct);

    private static Task<CategoryReport> CategoriesAsync(
        string? jurisdictionPath, Guid? unitId, Guid? inspectionId, string? round, string? team, Reports reports, CancellationToken ct) =>
        reports.CategoriesAsync(new TaskFilter(Path(jurisdictionPath), unitId, inspectionId, round, team), ct);

    private static Task<ItemPage> ItemsAsync(
        string? figure, string? jurisdictionPath, Guid? unitId, Guid? inspectionId, string? round, string? team, string? category, int? skip, int? take,
        Reports reports, CancellationToken ct) =>
        reports.ItemsAsync(new TaskFilter(Path(jurisdictionPath), unitId, inspectionId, round, team, category), figure ?? Figure.Total,
            ListPage.Of(skip, take), ct);

    private static string? Path(string? path) =>
        path is null or "" ? null
        : path.StartsWith('/') && path.EndsWith('/') ? path
        : throw new FieldException("jurisdictionPath", "jurisdictionPath is a path from the root, \"/a/b/\".");

    private static async Task<UnitCount> CountAsync(ReportingDbContext db, CancellationToken ct) =>
        new(await db.Units.LongCountAsync(ct),
            await db.Counters.Where(c => c.Name == Counters.UnitsRegistered).Select(c => c.Value).FirstOrDefaultAsync(ct));
}
