namespace Rectify.Services.Tests.Authorization;

/// <summary>Every reporting endpoint against callers outside the victim unit (see <see cref="MatrixTests{TWorld}"/>).</summary>
public sealed class Reporting_matrix(ReportingWorld world) : MatrixTests<ReportingWorld>(world), IClassFixture<ReportingWorld>
{
    protected override IReadOnlyDictionary<string, string> Declared { get; } = new Dictionary<string, string>
    {
        // Rebuilds are the administrator's alone.
        ["GET /api/reports/admin/rebuilds"] = "401 403 403 403 403",
        ["GET /api/reports/admin/rebuilds/{id:guid}"] = "401 403 403 403 403",
        ["GET /api/reports/categories"] = "401 200 200 200 200",
        ["GET /api/reports/dashboard"] = "401 200 200 200 200",
        ["GET /api/reports/inspections/{inspectionId:guid}"] = "401 404 404 404 404",
        ["GET /api/reports/inspections/{inspectionId:guid}/ledger.xlsx"] = "401 404 404 404 404",
        ["GET /api/reports/items"] = "401 200 200 200 200",
        ["GET /api/reports/missing-reports"] = "401 200 200 200 200",
        ["GET /api/reports/notices"] = "401 200 200 200 200",
        ["GET /api/reports/notices/{id:guid}"] = "401 404 404 404 404",
        ["GET /api/reports/notices/{id:guid}/{format}"] = "401 404 404 404 404",
        ["GET /api/reports/snapshots/"] = "401 200 200 200 200",
        ["GET /api/reports/snapshots/{id:guid}"] = "401 404 404 404 404",
        ["GET /api/reports/snapshots/{id:guid}/items"] = "401 404 404 404 404",
        ["GET /api/reports/timeline"] = "401 200 200 200 200",
        ["GET /api/reports/units"] = "401 200 200 200 200",
        ["GET /api/reports/units/count"] = "401 200 200 200 200",
        ["GET /api/reports/units/{unitId:guid}"] = "401 404 404 404 404",
        // The public: published notices only (the draft's id is hidden, the published one may be read).
        ["GET /public/notices"] = "200 200 200 200 200",
        ["GET /public/notices/{id:guid}"] = "200 200 200 200 200",
        ["GET /public/notices/{id:guid}/{format}"] = "200 200 200 200 200",
        ["GET /public/summary"] = "200 200 200 200 200",
        ["POST /api/reports/admin/rebuild"] = "401 403 403 403 403",
        ["POST /api/reports/inspections/{inspectionId:guid}/notices"] = "401 404 404 404 404",
        ["POST /api/reports/notices/{id:guid}/publish"] = "401 404 404 404 404",
        ["POST /api/reports/notices/{id:guid}/withdraw"] = "401 404 404 404 404",
        // A snapshot of a hidden unit reads as one of an unknown unit (400 on unitId).
        ["POST /api/reports/snapshots/"] = "401 400 400 400 400",
        ["PUT /api/reports/notices/{id:guid}"] = "401 404 404 404 404",
    };

    protected override IReadOnlyDictionary<string, string> Unpaged { get; } = new Dictionary<string, string>
    {
        ["GET /api/reports/admin/rebuilds"] = "the latest 20 rebuilds only",
    };
}
