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
/// Inspections and their lifecycle. Reads are scoped by the unit replica (out of scope = 404); writes
/// are the inspection office's (or an administrator's): in scope otherwise = 403. Reads carry the
/// inspection's version as ETag; writes honour If-Match (412 when stale).
/// </summary>
public static class InspectionsApi
{
    public const string Prefix = "/api/findings/inspections";

    public static IEndpointRouteBuilder MapInspectionsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapServiceApi(FindingsModule.Name, Prefix).WithTags("Inspections");
        api.MapGet("/", ListAsync);
        api.MapGet("/{id:guid}", GetAsync);
        api.MapPost("/", RegisterAsync).Validate<InspectionRequest>();
        api.MapPut("/{id:guid}", ReviseAsync).Validate<InspectionRequest>();
        api.MapDelete("/{id:guid}", WithdrawAsync);
        api.MapPost("/{id:guid}/feedback", DeliverFeedbackAsync).Validate<FeedbackRequest>();
        api.MapPut("/{id:guid}/due-dates", ChangeDueDatesAsync).Validate<DueDatesRequest>();
        api.MapPut("/{id:guid}/close-out-policy", SetCloseOutPolicyAsync).Validate<CloseOutPolicyRequest>();
        api.MapPost("/{id:guid}/start", StartAsync);
        api.MapPost("/{id:guid}/close", CloseAsync);
        api.MapFindingsApi();
        api.MapRecommendationsApi();
        api.MapCluesApi();
        api.MapProgressReportsApi();
        return app;
    }

    /// <summary>Inspections of units in the caller's scope, newest on-site period first; <paramref name="unitId"/> narrows to one unit.</summary>
    private static async Task<Ok<List<InspectionSummary>>> ListAsync(
        Guid? unitId, int? skip, int? take, FindingsDbContext db, UnitScope scope, HttpContext http, CancellationToken ct)
    {
        var page = ListPage.Of(skip, take);
        var inspections = db.Inspections.AsNoTracking().Where(i => !i.Withdrawn);
        if (unitId is { } only)
            inspections = inspections.Where(i => i.UnitId == only);
        var rows = await (from i in inspections
                          join u in db.Units.AsNoTracking().Where(scope.Visible<UnitReplica>(u => u.UnitId, u => u.JurisdictionPath))
                              on i.UnitId equals u.UnitId
                          select new { i, u.Name })
            .OrderByDescending(r => r.i.OnSiteStart).ThenBy(r => r.Name).ThenBy(r => r.i.Id)
            .PageAsync(page, http, ct);
        return TypedResults.Ok(rows.Select(r => InspectionSummary.From(r.i, r.Name)).ToList());
    }

    private static async Task<Ok<InspectionResponse>> GetAsync(Guid id, InspectionAccess access, FindingsDbContext db, HttpContext http, CancellationToken ct)
    {
        var (inspection, unit) = await access.VisibleAsync(id, ct);
        http.SetETag(inspection.Version);
        return TypedResults.Ok(await ResponseAsync(inspection, unit, db, ct));
    }

    private static async Task<Created<InspectionResponse>> RegisterAsync(
        InspectionRequest request, InspectionAccess access, InspectionBook book, UnitScope scope, HttpContext http, CancellationToken ct)
    {
        var unit = await access.UnitForRegistrationAsync(request.UnitId!.Value, ct);
        var inspection = await book.RegisterAsync(request.ToInput(), scope.Actor, ct, request.CloseOutLevels);
        http.SetETag(inspection.Version);
        return TypedResults.Created($"{Prefix}/{inspection.Id}", InspectionResponse.From(inspection, unit.Name, [], [], 0));
    }

    private static async Task<Ok<InspectionSummary>> ReviseAsync(
        Guid id, InspectionRequest request, InspectionAccess access, InspectionBook book, UnitScope scope, HttpContext http, CancellationToken ct)
    {
        var (inspection, unit) = await WritableAsync(id, access, http, ct);
        await book.ReviseAsync(inspection, request.ToInput(), scope.Actor, ct);
        return Summary(inspection, unit, http);
    }

    private static async Task<NoContent> WithdrawAsync(
        Guid id, InspectionAccess access, InspectionBook book, UnitScope scope, HttpContext http, CancellationToken ct)
    {
        var (inspection, _) = await WritableAsync(id, access, http, ct);
        await book.WithdrawAsync(inspection, scope.Actor, ct);
        return TypedResults.NoContent();
    }

    private static async Task<Ok<InspectionSummary>> DeliverFeedbackAsync(
        Guid id, FeedbackRequest request, InspectionAccess access, InspectionBook book, UnitScope scope, HttpContext http, CancellationToken ct)
    {
        var (inspection, unit) = await WritableAsync(id, access, http, ct);
        await book.DeliverFeedbackAsync(inspection, request.FeedbackOn!.Value, unit.JurisdictionPath, scope.Actor, ct);
        return Summary(inspection, unit, http);
    }

    private static async Task<Ok<InspectionSummary>> ChangeDueDatesAsync(
        Guid id, DueDatesRequest request, InspectionAccess access, InspectionBook book, UnitScope scope, HttpContext http, CancellationToken ct)
    {
        var (inspection, unit) = await WritableAsync(id, access, http, ct);
        await book.ChangeDueDatesAsync(inspection, request.ToDueDates(), scope.Actor, ct);
        return Summary(inspection, unit, http);
    }

    private static async Task<Ok<InspectionSummary>> SetCloseOutPolicyAsync(
        Guid id, CloseOutPolicyRequest request, InspectionAccess access, InspectionBook book, UnitScope scope, HttpContext http, CancellationToken ct)
    {
        var (inspection, unit) = await WritableAsync(id, access, http, ct);
        await book.SetCloseOutPolicyAsync(inspection, request.CloseOutLevels, request.OfficeReviewedFindingIds ?? [], scope.Actor, ct);
        return Summary(inspection, unit, http);
    }

    private static async Task<Ok<InspectionSummary>> StartAsync(
        Guid id, InspectionAccess access, InspectionBook book, UnitScope scope, HttpContext http, CancellationToken ct)
    {
        var (inspection, unit) = await access.UnitWorkAsync(id, ct);
        Versions.Require(http.Request.IfMatch(), inspection.Version, "The inspection");
        await book.StartRectifyingAsync(inspection, scope.Actor, ct);
        return Summary(inspection, unit, http);
    }

    private static async Task<Ok<InspectionSummary>> CloseAsync(
        Guid id, InspectionAccess access, InspectionBook book, UnitScope scope, HttpContext http, CancellationToken ct)
    {
        var (inspection, unit) = await WritableAsync(id, access, http, ct);
        await book.CloseAsync(inspection, scope.Actor, ct);
        return Summary(inspection, unit, http);
    }

    /// <summary>The inspection for an office write, after checking If-Match against its version.</summary>
    internal static async Task<(Inspection Inspection, UnitReplica Unit)> WritableAsync(Guid id, InspectionAccess access, HttpContext http,
        CancellationToken ct)
    {
        var found = await access.WritableAsync(id, ct);
        Versions.Require(http.Request.IfMatch(), found.Inspection.Version, "The inspection");
        return found;
    }

    private static Ok<InspectionSummary> Summary(Inspection inspection, UnitReplica unit, HttpContext http)
    {
        http.SetETag(inspection.Version);
        return TypedResults.Ok(InspectionSummary.From(inspection, unit.Name));
    }

    private static async Task<InspectionResponse> ResponseAsync(Inspection inspection, UnitReplica unit, FindingsDbContext db, CancellationToken ct)
    {
        var findings = await db.Findings.AsNoTracking().Where(f => f.InspectionId == inspection.Id && !f.Withdrawn).ToListAsync(ct);
        var recommendations = await db.Recommendations.AsNoTracking().Where(r => r.InspectionId == inspection.Id && !r.Withdrawn).ToListAsync(ct);
        var clues = await db.Clues.CountAsync(c => c.InspectionId == inspection.Id && !c.Withdrawn, ct);
        return InspectionResponse.From(inspection, unit.Name, findings, recommendations, clues);
    }
}
