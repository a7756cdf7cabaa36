using Rectify.Reporting.Queries;
using Rectify.ServiceDefaults.Errors;
using Rectify.ServiceDefaults.Hosting;

namespace Rectify.Reporting.Apis;

/// <summary>GET /api/reports/timeline: the weekly "progress over time" series, scoped like the other reports.</summary>
public static class TimelineApi
{
    public static IEndpointRouteBuilder MapTimelineApi(this IEndpointRouteBuilder app)
    {
        app.MapServiceApi(ReportingModule.Name, "/api/reports").WithTags("Reports").MapGet("/timeline", TimelineAsync);
        return app;
    }

    private static Task<TimelineReport> TimelineAsync(
        string? jurisdictionPath, Guid? unitId, Guid? inspectionId, string? round, string? team, int? weeks, FigureQueries figures, CancellationToken ct)
    {
        if (weeks is < 1 or > Timeline.MaxWeeks)
            throw new FieldException("weeks", $"weeks is between 1 and {Timeline.MaxWeeks}.");
        if (jurisdictionPath is { Length: > 0 } path && !(path.StartsWith('/') && path.EndsWith('/')))
            throw new FieldException("jurisdictionPath", "jurisdictionPath is a path from the root, \"/a/b/\".");
        var filter = new TaskFilter(jurisdictionPath is { Length: > 0 } ? jurisdictionPath : null, unitId, inspectionId, round, team);
        return Timeline.GetAsync(figures, filter, weeks ?? Timeline.DefaultWeeks, ct);
    }
}
