namespace Rectify.Services.Tests.Authorization;

/// <summary>Every findings endpoint against callers outside the victim unit (see <see cref="MatrixTests{TWorld}"/>).</summary>
public sealed class Findings_matrix(FindingsWorld world) : MatrixTests<FindingsWorld>(world), IClassFixture<FindingsWorld>
{
    protected override IReadOnlyDictionary<string, string> Declared { get; } = new Dictionary<string, string>
    {
        ["DELETE /api/findings/due-date-policies/"] = "401 403 403 403 403",
        ["DELETE /api/findings/inspections/{id:guid}"] = "401 404 404 404 404",
        ["DELETE /api/findings/inspections/{id:guid}/clues/{clueId:guid}"] = "401 404 404 404 404",
        ["DELETE /api/findings/inspections/{id:guid}/findings/{findingId:guid}"] = "401 404 404 404 404",
        ["DELETE /api/findings/inspections/{id:guid}/recommendations/{itemId:guid}"] = "401 404 404 404 404",
        // Due-date policies and reminder rules are read by anyone signed in; only the office over a path changes its own.
        ["GET /api/findings/due-date-policies/"] = "401 200 200 200 200",
        ["GET /api/findings/imports/{id:guid}"] = "401 404 404 404 404",
        // Lists are filtered by scope: an outsider gets an empty list, never a refusal.
        ["GET /api/findings/inspections/"] = "401 200 200 200 200",
        ["GET /api/findings/inspections/{id:guid}"] = "401 404 404 404 404",
        ["GET /api/findings/inspections/{id:guid}/clues"] = "401 404 404 404 404",
        ["GET /api/findings/inspections/{id:guid}/progress-reports"] = "401 404 404 404 404",
        ["GET /api/findings/units"] = "401 200 200 200 200",
        // Only an inspection office previews a notice; the preview is its own (written for it).
        ["POST /api/findings/imports/"] = "401 403 403 201* 403",
        ["POST /api/findings/imports/{id:guid}/commit"] = "401 404 404 404 404",
        // Registering for a hidden unit reads as an unknown unit (400 on unitId).
        ["POST /api/findings/inspections/"] = "401 400 400 400 400",
        ["POST /api/findings/inspections/{id:guid}/close"] = "401 404 404 404 404",
        ["POST /api/findings/inspections/{id:guid}/clues"] = "401 404 404 404 404",
        ["POST /api/findings/inspections/{id:guid}/feedback"] = "401 404 404 404 404",
        ["POST /api/findings/inspections/{id:guid}/findings"] = "401 404 404 404 404",
        ["POST /api/findings/inspections/{id:guid}/progress-reports"] = "401 404 404 404 404",
        ["POST /api/findings/inspections/{id:guid}/recommendations"] = "401 404 404 404 404",
        ["POST /api/findings/inspections/{id:guid}/start"] = "401 404 404 404 404",
        ["PUT /api/findings/due-date-policies/"] = "401 403 403 403 403",
        ["PUT /api/findings/inspections/{id:guid}"] = "401 404 404 404 404",
        ["PUT /api/findings/inspections/{id:guid}/clues/{clueId:guid}"] = "401 404 404 404 404",
        ["PUT /api/findings/inspections/{id:guid}/due-dates"] = "401 404 404 404 404",
        ["PUT /api/findings/inspections/{id:guid}/close-out-policy"] = "401 404 404 404 404",
        ["PUT /api/findings/inspections/{id:guid}/findings/{findingId:guid}"] = "401 404 404 404 404",
        ["PUT /api/findings/inspections/{id:guid}/findings/{findingId:guid}/recurrence"] = "401 404 404 404 404",
        ["PUT /api/findings/inspections/{id:guid}/progress-reports/obligation"] = "401 404 404 404 404",
        ["PUT /api/findings/inspections/{id:guid}/recommendations/{itemId:guid}"] = "401 404 404 404 404",
    };

    protected override IReadOnlyDictionary<string, string> Unpaged { get; } = new Dictionary<string, string>
    {
        ["GET /api/findings/due-date-policies/"] = "one policy a jurisdiction at most",
    };
}
