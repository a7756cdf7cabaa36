using Rectify.ServiceDefaults.Hosting;

namespace Rectify.Reporting.Ledger;

/// <summary>GET /api/reports/inspections/{id}/ledger.xlsx: the inspection's 整改台账 from the read model (same scope as the inspection report).</summary>
public static class LedgerApi
{
    public static IEndpointRouteBuilder MapInspectionLedgerApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapServiceApi(ReportingModule.Name, "/api/reports").WithTags("Reports");
        api.MapGet("/inspections/{inspectionId:guid}/ledger.xlsx", async (Guid inspectionId, InspectionLedger ledger, CancellationToken ct) =>
        {
            var (fileName, content) = await ledger.WriteAsync(inspectionId, ct);
            return TypedResults.File(content, LedgerColumns.ContentType, fileName);
        });
        return app;
    }
}
