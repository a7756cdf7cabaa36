using Microsoft.EntityFrameworkCore;
using Rectify.ServiceDefaults.Data;
using Rectify.Notifications.Calendar;
using Rectify.Notifications.Infrastructure;
using Rectify.Notifications.Model;
using Rectify.ServiceDefaults.Hosting;

namespace Rectify.Notifications.Scheduling;

/// <summary>Wakes the <see cref="Sending.ReplanService"/> when this process has just requested a re-plan.</summary>
public sealed class ReplanSignal : Wakeup;

/// <summary>
/// Works through <see cref="ReplanRequest"/>s: every open deadline in scope is re-planned by the
/// <see cref="Scheduler"/> under today's rules and calendar, <see cref="PageSize"/> per transaction. Newest request
/// first: a deadline it re-planned counts as done for every older request too, since it used rules at least as new.
/// One instance works on a request at a time (a claim that each page renews).
/// </summary>
public sealed class Replanner(NotificationsDbContext db, Scheduler scheduler, CalendarStore calendars, TimeProvider time)
{
    public int PageSize { get; init; } = 200;
    public static readonly TimeSpan ClaimFor = TimeSpan.FromMinutes(2);

    /// <summary>Stages a request for the deadlines of a jurisdiction's units (null: every unit); the caller saves it with its change.</summary>
    public static async Task<ReplanRequest> RequestAsync(
        NotificationsDbContext db, string? jurisdictionPath, string reason, string? actor, DateTimeOffset now, CancellationToken ct)
    {
        var request = new ReplanRequest
        {
            JurisdictionPath = jurisdictionPath, Reason = reason, RequestedBy = actor, RequestedAt = now,
            Total = await InScope(db, jurisdictionPath, null).CountAsync(ct),
        };
        db.ReplanRequests.Add(request);
        return request;
    }

    /// <summary>Stages a request for one unit's deadlines: it moved to <paramref name="newPath"/>, whose rules may differ.</summary>
    public static async Task StageUnitMoveAsync(NotificationsDbContext db, Guid unitId, string newPath, DateTimeOffset at, CancellationToken ct) =>
        db.ReplanRequests.Add(new ReplanRequest
        {
            JurisdictionPath = newPath, UnitId = unitId, Reason = ReplanReasons.UnitMoved, RequestedAt = at,
            Total = await InScope(db, null, unitId).CountAsync(ct),
        });

    /// <summary>Re-plans one page of the newest unfinished request; false when there was nothing to do.</summary>
    public async Task<bool> RunPageAsync(string holder, CancellationToken ct)
    {
        var now = time.GetUtcNow();
        var request = await db.ReplanRequests.AsNoTracking().Where(r => r.CompletedAt == null && (r.ClaimedBy == holder || r.ClaimedBy == null || r.ClaimExpires < now))
            .OrderByDescending(r => r.Id).FirstOrDefaultAsync(ct);
        if (request is null)
            return false;
        var claimed = await db.ReplanRequests.Where(r => r.Id == request.Id && r.CompletedAt == null && (r.ClaimedBy == holder || r.ClaimedBy == null || r.ClaimExpires < now))
            .ExecuteUpdateAsync(u => u.SetProperty(r => r.ClaimedBy, holder).SetProperty(r => r.ClaimExpires, now + ClaimFor), ct);
        if (claimed == 0)
            return true; // another instance took it meanwhile: look again

        if (request.ClaimedBy != holder)
            calendars.Invalidate(); // the edit may have been made by another instance: read the calendar as committed

        await db.InTransactionAsync(async c =>
        {
            var page = await InScope(db, request.JurisdictionPath, request.UnitId).Where(d => d.ReplannedFor < request.Id)
                .OrderBy(d => d.SubjectKind).ThenBy(d => d.SubjectId).Take(PageSize).ToListAsync(c);
            foreach (var deadline in page)
            {
                await scheduler.ResyncAsync(deadline, c);
                deadline.ReplannedFor = request.Id;
            }
            await db.SaveChangesAsync(c);
            var finished = page.Count < PageSize;
            await db.ReplanRequests.Where(r => r.Id == request.Id).ExecuteUpdateAsync(u => u
                .SetProperty(r => r.Done, r => r.Done + page.Count)
                .SetProperty(r => r.CompletedAt, finished ? time.GetUtcNow() : null)
                .SetProperty(r => r.ClaimedBy, finished ? null : holder), c);
        }, ct);
        return true;
    }

    private static IQueryable<TrackedDeadline> InScope(NotificationsDbContext db, string? jurisdictionPath, Guid? unitId)
    {
        var open = db.Deadlines.Where(d => !d.Closed);
        if (unitId is { } unit)
            return open.Where(d => d.UnitId == unit);
        return jurisdictionPath is null
            ? open
            : open.Where(d => db.Units.Any(u => u.UnitId == d.UnitId && u.JurisdictionPath.StartsWith(jurisdictionPath)));
    }
}
