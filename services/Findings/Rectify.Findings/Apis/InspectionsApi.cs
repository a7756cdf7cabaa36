using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Rectify.Findings.Infrastructure;
using Rectify.Findings.Model;
using Rectify.ServiceDefaults.Auth;
using Rectify.ServiceDefaults.Errors;
using Rectify.ServiceDefaults.Hosting;
using Rectify.ServiceDefaults.Replicas;

namespace Rectify.Findings.Apis;

/// <summary>
/// Inspections and their finding trees. Reads are scoped by the unit replica (out of scope = 404);
/// writes are the inspection office's (or an administrator's): in scope otherwise = 403.
/// Withdrawing a finding withdraws its subtree.
/// </summary>
public static class InspectionsApi
{
    public static IEndpointRouteBuilder MapInspectionsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapServiceApi(FindingsModule.Name, "/api/findings/inspections").WithTags("Inspections");
        api.MapGet("/", ListAsync);
        api.MapGet("/{id:guid}", GetAsync);
        api.MapPost("/", RegisterAsync).Validate<InspectionRequest>();
        api.MapPost("/{id:guid}/feedback", DeliverFeedbackAsync).Validate<FeedbackRequest>();
        api.MapPost("/{id:guid}/findings", RecordFindingAsync).Validate<FindingRequest>();
        api.MapPut("/{id:guid}/findings/{findingId:guid}", ReviseFindingAsync).Validate<FindingRevisionRequest>();
        api.MapDelete("/{id:guid}/findings/{findingId:guid}", WithdrawFindingAsync);
        return app;
    }

    /// <summary>Inspections of units in the caller's scope, newest on-site period first; <paramref name="unitId"/> narrows to one unit.</summary>
    private static async Task<Ok<List<InspectionSummary>>> ListAsync(Guid? unitId, FindingsDbContext db, UnitScope scope, CancellationToken ct)
    {
        var inspections = db.Inspections.AsNoTracking();
        if (unitId is { } only)
            inspections = inspections.Where(i => i.UnitId == only);
        var rows = await (from i in inspections
                          join u in db.Units.AsNoTracking().Where(scope.Visible<UnitReplica>(u => u.UnitId, u => u.JurisdictionPath))
                              on i.UnitId equals u.UnitId
                          select new { i, u.Name }).ToListAsync(ct);
        return TypedResults.Ok(rows
            .OrderByDescending(r => r.i.OnSiteStart).ThenBy(r => r.Name)
            .Select(r => InspectionSummary.From(r.i, r.Name)).ToList());
    }

    private static async Task<Ok<InspectionResponse>> GetAsync(Guid id, InspectionAccess access, FindingsDbContext db, CancellationToken ct)
    {
        var (inspection, unit) = await access.VisibleAsync(id, ct);
        return TypedResults.Ok(await ResponseAsync(inspection, unit, db, ct));
    }

    private static async Task<Created<InspectionResponse>> RegisterAsync(
        InspectionRequest request, InspectionAccess access, InspectionBook book, UnitScope scope, CancellationToken ct)
    {
        var unit = await access.UnitForRegistrationAsync(request.UnitId!.Value, ct);
        var inspection = await book.RegisterAsync(request.ToInput(), scope.Actor, ct);
        return TypedResults.Created($"/api/findings/inspections/{inspection.Id}", InspectionResponse.From(inspection, unit.Name, []));
    }

    private static async Task<Ok<InspectionSummary>> DeliverFeedbackAsync(
        Guid id, FeedbackRequest request, InspectionAccess access, InspectionBook book, UnitScope scope, CancellationToken ct)
    {
        var (inspection, unit) = await access.WritableAsync(id, ct);
        await book.DeliverFeedbackAsync(inspection, request.FeedbackOn!.Value, scope.Actor, ct);
        return TypedResults.Ok(InspectionSummary.From(inspection, unit.Name));
    }

    private static async Task<Created<FindingNode>> RecordFindingAsync(
        Guid id, FindingRequest request, InspectionAccess access, InspectionBook book, UnitScope scope, CancellationToken ct)
    {
        var (inspection, _) = await access.WritableAsync(id, ct);
        var finding = await book.RecordAsync(inspection, request.ToInput(), scope.Actor, ct);
        return TypedResults.Created($"/api/findings/inspections/{id}/findings/{finding.Id}", FindingNode.From(finding, []));
    }

    private static async Task<Ok<FindingNode>> ReviseFindingAsync(
        Guid id, Guid findingId, FindingRevisionRequest request, InspectionAccess access, InspectionBook book, UnitScope scope, CancellationToken ct)
    {
        var (inspection, _) = await access.WritableAsync(id, ct);
        var finding = await book.ReviseAsync(inspection, findingId, request.ToRevision(), scope.Actor, ct);
        return TypedResults.Ok(FindingNode.From(finding, []));
    }

    private static async Task<NoContent> WithdrawFindingAsync(
        Guid id, Guid findingId, InspectionAccess access, InspectionBook book, UnitScope scope, CancellationToken ct)
    {
        var (inspection, _) = await access.WritableAsync(id, ct);
        await book.WithdrawAsync(inspection, findingId, scope.Actor, ct);
        return TypedResults.NoContent();
    }

    private static async Task<InspectionResponse> ResponseAsync(Inspection inspection, UnitReplica unit, FindingsDbContext db, CancellationToken ct)
    {
        var findings = await db.Findings.AsNoTracking().Where(f => f.InspectionId == inspection.Id && !f.Withdrawn).ToListAsync(ct);
        return InspectionResponse.From(inspection, unit.Name, findings);
    }
}
