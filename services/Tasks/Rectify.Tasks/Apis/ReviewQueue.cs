using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Rectify.Contracts.Tasks;
using Rectify.ServiceDefaults.Auth;
using Rectify.ServiceDefaults.Hosting;
using Rectify.ServiceDefaults.Replicas;
using Rectify.Tasks.Infrastructure;
using Rectify.Tasks.Model;

namespace Rectify.Tasks.Apis;

/// <summary>
/// A close-out waiting for review: the task, where it hangs, the request, and which round it is (1 for the first
/// request, +1 after every return).
/// </summary>
public sealed record ReviewQueueItem(
    TaskSummary Task, string UnitName, string? FindingOrdinal, string? FindingTitle, Guid RequestId, DateTimeOffset RequestedAt,
    string? RequestedByName, string? Note, int Round, string? LastReturnReason);

/// <summary>
/// What waits for a reviewer across the caller's scope: <c>level</c> 2 (default) is the inspection office's queue
/// (对账销号), level 1 the unit coordinators'. Oldest request first. A list filtered by scope, like the task list.
/// </summary>
internal static class ReviewQueue
{
    public static async Task<Ok<List<ReviewQueueItem>>> ListAsync(
        int? level, int? skip, int? take, TasksDbContext db, UnitScope scope, TaskViews views, HttpContext context, CancellationToken ct)
    {
        var page = ListPage.Of(skip, take);
        var wanted = level ?? 2;
        var rows = await (from t in db.Tasks.AsNoTracking().Where(t => t.State == TaskStates.Submitted && t.PendingReviewLevel == wanted)
                          join u in db.Units.AsNoTracking().Where(scope.Visible<UnitReplica>(u => u.UnitId, u => u.JurisdictionPath)) on t.UnitId equals u.UnitId
                          join r in db.CloseOutRequests.AsNoTracking() on t.PendingCloseOutId equals r.Id
                          join f in db.Findings.AsNoTracking() on t.FindingId equals f.FindingId into found
                          from f in found.DefaultIfEmpty()
                          select new { t, u.Name, r, f.Ordinal, f.Title }).ToListAsync(ct);
        // Ordered in memory: SQLite cannot order by a DateTimeOffset. The queue holds only submitted requests in scope.
        var ordered = rows.OrderBy(x => x.r.RequestedAt).ThenBy(x => x.t.Id).ToList().Page(page, context);
        var ids = ordered.Select(x => x.t.Id).ToList();
        var rounds = (await db.CloseOutRequests.AsNoTracking().Where(r => ids.Contains(r.TaskId)).Select(r => r.TaskId).ToListAsync(ct))
            .CountBy(id => id).ToDictionary();
        var returns = (await db.CloseOutReviews.AsNoTracking().Where(r => ids.Contains(r.TaskId) && !r.Approved).ToListAsync(ct))
            .GroupBy(r => r.TaskId).ToDictionary(g => g.Key, g => g.MaxBy(r => r.At)!.Reason);
        return TypedResults.Ok(ordered
            .Select(x => new ReviewQueueItem(views.Summary(x.t), x.Name, x.Ordinal, x.Title, x.r.Id, x.r.RequestedAt, x.r.RequestedByName, x.r.Note,
                rounds.GetValueOrDefault(x.t.Id, 1), returns.GetValueOrDefault(x.t.Id)))
            .ToList());
    }
}
