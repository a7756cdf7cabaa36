using Microsoft.AspNetCore.Http.HttpResults;
using Rectify.Findings.Infrastructure;
using Rectify.Findings.Model;
using Rectify.ServiceDefaults.Data;
using Rectify.ServiceDefaults.Auth;
using Rectify.ServiceDefaults.Errors;
using Rectify.ServiceDefaults.Hosting;

namespace Rectify.Findings.Apis;

/// <summary>
/// The finding tree of an inspection (the office's to change). A finding's writes honour If-Match with
/// the finding's own version (its <c>version</c> in the tree, and the ETag of its write responses).
/// Withdrawing a finding withdraws its subtree.
/// </summary>
internal static class FindingsApi
{
    public static void MapFindingsApi(this RouteGroupBuilder api)
    {
        api.MapPost("/{id:guid}/findings", RecordAsync).Validate<FindingRequest>();
        api.MapPut("/{id:guid}/findings/{findingId:guid}", ReviseAsync).Validate<FindingRevisionRequest>();
        api.MapDelete("/{id:guid}/findings/{findingId:guid}", WithdrawAsync);
        api.MapPut("/{id:guid}/findings/{findingId:guid}/recurrence", LinkRecurrenceAsync).Validate<RecurrenceRequest>();
    }

    private static async Task<Created<FindingNode>> RecordAsync(
        Guid id, FindingRequest request, InspectionAccess access, InspectionBook book, FindingsDbContext db, UnitScope scope, HttpContext http,
        CancellationToken ct)
    {
        var finding = await QueuedAsync(db, id, access, (inspection, c) => book.RecordAsync(inspection, request.ToInput(), scope.Actor, c), ct);
        http.SetETag(finding.Version);
        return TypedResults.Created($"{InspectionsApi.Prefix}/{id}/findings/{finding.Id}", FindingNode.From(finding, []));
    }

    private static async Task<Ok<FindingNode>> ReviseAsync(
        Guid id, Guid findingId, FindingRevisionRequest request, InspectionAccess access, InspectionBook book, FindingsDbContext db, UnitScope scope,
        HttpContext http, CancellationToken ct)
    {
        var finding = await QueuedAsync(db, id, access,
            (inspection, c) => book.ReviseFindingAsync(inspection, findingId, request.ToRevision(), http.Request.IfMatch(), scope.Actor, c), ct);
        http.SetETag(finding.Version);
        return TypedResults.Ok(FindingNode.From(finding, []));
    }

    private static async Task<NoContent> WithdrawAsync(
        Guid id, Guid findingId, InspectionAccess access, InspectionBook book, FindingsDbContext db, UnitScope scope, HttpContext http, CancellationToken ct)
    {
        await QueuedAsync(db, id, access, (inspection, c) => book.WithdrawFindingAsync(inspection, findingId, http.Request.IfMatch(), scope.Actor, c), ct);
        return TypedResults.NoContent();
    }

    private static async Task<Ok<FindingNode>> LinkRecurrenceAsync(
        Guid id, Guid findingId, RecurrenceRequest request, InspectionAccess access, InspectionBook book, FindingsDbContext db, UnitScope scope,
        HttpContext http, CancellationToken ct)
    {
        var finding = await QueuedAsync(db, id, access,
            (inspection, c) => book.LinkRecurrenceAsync(inspection, findingId, request.EarlierFindingId, http.Request.IfMatch(), scope.Actor, c), ct);
        http.SetETag(finding.Version);
        return TypedResults.Ok(FindingNode.From(finding, []));
    }

    /// <summary>
    /// A write under one inspection, queued on its row (<see cref="QueuedWrites"/>): every change to a finding bumps the
    /// inspection's version, so findings recorded or revised at the same moment would otherwise refuse each other.
    /// </summary>
    private static Task<T> QueuedAsync<T>(FindingsDbContext db, Guid id, InspectionAccess access, Func<Inspection, CancellationToken, Task<T>> write,
        CancellationToken ct) =>
        db.QueuedWriteAsync<Inspection, T>(i => i.Id == id, i => i.Version, async c =>
        {
            db.ChangeTracker.Clear();
            var (inspection, _) = await access.WritableAsync(id, c);
            return await write(inspection, c);
        }, ct);
}
