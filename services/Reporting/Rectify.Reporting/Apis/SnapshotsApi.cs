using Rectify.Reporting.Model;
using Rectify.Reporting.Queries;
using Rectify.ServiceDefaults.Errors;
using Rectify.ServiceDefaults.Hosting;

namespace Rectify.Reporting.Apis;

/// <summary>/api/reports/snapshots: frozen period figures and the items behind each number.</summary>
public static class SnapshotsApi
{
    public static IEndpointRouteBuilder MapSnapshotsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapServiceApi(ReportingModule.Name, "/api/reports/snapshots").WithTags("Snapshots");
        api.MapPost("/", async (TakeSnapshot request, SnapshotBook book, CancellationToken ct) =>
        {
            var s = await book.TakeAsync(request, ct);
            return TypedResults.Created($"/api/reports/snapshots/{s.Id}", await book.GetAsync(s.Id, ct));
        });
        api.MapGet("/", async (int? skip, int? take, SnapshotBook book, HttpContext http, CancellationToken ct) =>
            (await book.ListAsync(ct)).Page(ListPage.Of(skip, take), http));
        api.MapGet("/{id:guid}", (Guid id, SnapshotBook book, CancellationToken ct) => book.GetAsync(id, ct));
        api.MapGet("/{id:guid}/items", (Guid id, string? figure, Guid? unitId, int? skip, int? take, SnapshotBook book, CancellationToken ct) =>
            book.ItemsAsync(id, figure ?? Figure.Total, unitId, ListPage.Of(skip, take), ct));
        return app;
    }
}
