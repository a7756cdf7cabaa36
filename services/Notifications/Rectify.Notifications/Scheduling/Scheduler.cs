using Microsoft.EntityFrameworkCore;
using Rectify.Notifications.Calendar;
using Rectify.Notifications.Infrastructure;
using Rectify.Notifications.Model;
using Rectify.ServiceDefaults.Time;

namespace Rectify.Notifications.Scheduling;

/// <summary>What a deadline belongs to: a task, or an inspection's plan / report / notice (subject id = inspection id).</summary>
public sealed record DeadlineSubject(string Kind, Guid Id, Guid UnitId, Guid? InspectionId, string Title);

/// <summary>
/// The one entry point consumers call: schedule (or move) a deadline, redirect it to other people,
/// cancel it. Each call re-plans the subject's schedules from the rules and compares with what is
/// stored: pending rows the plan no longer has are cancelled, missing ones added. It stages changes
/// (cancellations run in the caller's transaction); the caller saves, as IdempotentConsumer does.
/// Versions are the owning aggregate's event versions: an older event than the last one applied is ignored.
/// </summary>
public sealed class Scheduler(
    NotificationsDbContext db, CalendarStore calendars, RuleBook rules, RecipientDirectory directory, TimeProvider time)
{
    public async Task ScheduleDeadlineAsync(
        DeadlineSubject subject, DateOnly deadline, long version, IEnumerable<Guid> responsible, IEnumerable<Guid> leaders, CancellationToken ct)
    {
        var tracked = await TrackAsync(subject.Kind, subject.Id, subject.UnitId, version, ct);
        if (tracked is null)
            return;
        // Only a moved date makes a new deadline version: the same date again must not repeat reminders already sent.
        if (tracked.DeadlineVersion == 0 || tracked.Deadline != deadline)
            tracked.DeadlineVersion = version;
        tracked.Deadline = deadline;
        tracked.UnitId = subject.UnitId;
        tracked.InspectionId = subject.InspectionId;
        tracked.Title = subject.Title;
        tracked.Closed = false;
        tracked.ClosedAt = null;
        tracked.ResponsibleIds = TrackedDeadline.Join(responsible);
        tracked.LeaderIds = TrackedDeadline.Join(leaders);
        await SyncAsync(tracked, ct);
    }

    /// <summary>Reassignment: pending reminders of people no longer responsible are cancelled, the new ones get theirs from today.</summary>
    public async Task RedirectAsync(string kind, Guid subjectId, long version, IEnumerable<Guid> responsible, IEnumerable<Guid>? leaders, CancellationToken ct)
    {
        var tracked = await db.Deadlines.FindAsync([kind, subjectId], ct);
        if (tracked is null || version <= tracked.Version)
            return;
        tracked.Version = version;
        tracked.ResponsibleIds = TrackedDeadline.Join(responsible);
        if (leaders is not null)
            tracked.LeaderIds = TrackedDeadline.Join(leaders);
        await SyncAsync(tracked, ct);
    }

    /// <summary>Closed, withdrawn or done: every pending reminder of the subject is cancelled.</summary>
    public async Task CancelAsync(string kind, Guid subjectId, Guid unitId, long version, CancellationToken ct)
    {
        var tracked = await TrackAsync(kind, subjectId, unitId, version, ct);
        if (tracked is null)
            return;
        tracked.Closed = true;
        tracked.ClosedAt ??= time.GetUtcNow();
        await SyncAsync(tracked, ct);
    }

    /// <summary>An inspection closed or was withdrawn: its due dates and every deadline recorded under it stop.</summary>
    public async Task CancelInspectionAsync(Guid inspectionId, Guid unitId, long version, CancellationToken ct)
    {
        foreach (var kind in new[] { SubjectKinds.Plan, SubjectKinds.ProgressReport, SubjectKinds.PublicNotice, SubjectKinds.Feedback })
            await CancelAsync(kind, inspectionId, unitId, version, ct);
        var others = await db.Deadlines.Where(d => d.InspectionId == inspectionId && !d.Closed && d.SubjectId != inspectionId).ToListAsync(ct);
        foreach (var tracked in others)
        {
            tracked.Closed = true;
            tracked.ClosedAt ??= time.GetUtcNow();
            await SyncAsync(tracked, ct);
        }
    }

    /// <summary>People or roles of a unit changed: re-plan its open deadlines (new coordinators, a new office, a new secretary).</summary>
    public async Task ResyncUnitsAsync(IEnumerable<Guid> unitIds, CancellationToken ct)
    {
        var units = unitIds.Distinct().ToList();
        var open = await db.Deadlines.Where(d => units.Contains(d.UnitId) && !d.Closed).ToListAsync(ct);
        foreach (var tracked in open)
            await SyncAsync(tracked, ct);
    }

    /// <summary>The rules or the calendar changed: re-plan one deadline as it stands (<see cref="Replanner"/>).</summary>
    public Task ResyncAsync(TrackedDeadline tracked, CancellationToken ct) => SyncAsync(tracked, ct);

    private async Task<TrackedDeadline?> TrackAsync(string kind, Guid subjectId, Guid unitId, long version, CancellationToken ct)
    {
        var tracked = await db.Deadlines.FindAsync([kind, subjectId], ct);
        if (tracked is null)
        {
            tracked = new TrackedDeadline { SubjectKind = kind, SubjectId = subjectId, UnitId = unitId, Title = SubjectKinds.Title(kind), Version = version };
            db.Deadlines.Add(tracked);
            return tracked;
        }
        if (version <= tracked.Version)
            return null; // a stale event that arrived late
        tracked.Version = version;
        return tracked;
    }

    private async Task SyncAsync(TrackedDeadline tracked, CancellationToken ct)
    {
        var today = time.Today();
        var now = time.GetUtcNow();
        var plan = new List<PlannedReminder>();
        ReminderRules? ruleSet = null;
        if (!tracked.Closed && tracked.DeadlineVersion > 0)
        {
            ruleSet = await rules.ForUnitAsync(tracked.UnitId, ct);
            var calendar = await calendars.CurrentAsync(db, ct);
            // One row per (rule, recipient): a person in two tiers of one rule hears it once.
            plan = [.. ReminderPlanner.Plan(tracked.SubjectKind, tracked.Deadline, ruleSet, calendar, await directory.ForAsync(tracked, ct))
                .DistinctBy(p => (p.Rule, p.RecipientId))];
        }
        var wanted = plan.ToDictionary(p => (p.Rule, p.RecipientId));

        var stored = await db.Schedules
            .Where(s => s.SubjectKind == tracked.SubjectKind && s.SubjectId == tracked.SubjectId
                && (s.State == ScheduleStates.Pending || s.DeadlineVersion == tracked.DeadlineVersion))
            .Select(s => new { s.Id, s.Rule, s.RecipientId, s.DeadlineVersion, s.State, s.RemindOn, s.DueAt })
            .ToListAsync(ct);
        var obsolete = stored
            .Where(s => s.State == ScheduleStates.Pending && (s.DeadlineVersion != tracked.DeadlineVersion || !wanted.ContainsKey((s.Rule, s.RecipientId))))
            .Select(s => s.Id).ToList();
        if (obsolete.Count > 0)
            await db.Schedules.Where(s => obsolete.Contains(s.Id) && s.State == ScheduleStates.Pending)
                .ExecuteUpdateAsync(u => u.SetProperty(s => s.State, ScheduleStates.Cancelled).SetProperty(s => s.CompletedAt, now), ct);

        var current = stored.Where(s => s.DeadlineVersion == tracked.DeadlineVersion).ToDictionary(s => (s.Rule, s.RecipientId));
        foreach (var p in plan)
        {
            // An escalation whose day passed while nobody knew (late event, new recipient) still goes out, today.
            var on = p.IsEscalation && p.RemindOn < today ? today : p.RemindOn;
            if (on < today)
                continue;
            var dueAt = At(on, ruleSet!.SendAt);
            if (current.TryGetValue((p.Rule, p.RecipientId), out var existing))
            {
                if (existing.State == ScheduleStates.Cancelled)
                    await db.Schedules.Where(s => s.Id == existing.Id && s.State == ScheduleStates.Cancelled)
                        .ExecuteUpdateAsync(u => u.SetProperty(s => s.State, ScheduleStates.Pending).SetProperty(s => s.CompletedAt, (DateTimeOffset?)null), ct);
                if (existing.State is ScheduleStates.Pending or ScheduleStates.Cancelled && (existing.RemindOn != on || existing.DueAt != dueAt))
                    await MoveAsync(existing.Id, on, dueAt, now, ct);
                continue;
            }
            db.Schedules.Add(new Schedule
            {
                SubjectKind = tracked.SubjectKind, SubjectId = tracked.SubjectId, UnitId = tracked.UnitId, InspectionId = tracked.InspectionId,
                Rule = p.Rule, DeadlineVersion = tracked.DeadlineVersion, Deadline = tracked.Deadline, RecipientId = p.RecipientId, Tier = p.Tier,
                IsEscalation = p.IsEscalation, WorkingDaysOverdue = p.WorkingDaysOverdue, RemindOn = on,
                DueAt = dueAt, State = ScheduleStates.Pending, CreatedAt = now,
            });
        }
    }

    /// <summary>
    /// A calendar edit moved the reminder's day, or the rules its time. Only a row nobody has started on moves: one
    /// already due (perhaps being sent) or retrying after a failed channel keeps its course.
    /// </summary>
    private Task<int> MoveAsync(long id, DateOnly on, DateTimeOffset dueAt, DateTimeOffset now, CancellationToken ct) =>
        db.Schedules.Where(s => s.Id == id && s.State == ScheduleStates.Pending && s.DueAt > now && s.ClaimedBy == null
                && !db.Deliveries.Any(d => d.ScheduleId == s.Id))
            .ExecuteUpdateAsync(u => u.SetProperty(s => s.RemindOn, on).SetProperty(s => s.DueAt, dueAt), ct);

    /// <summary>A local (Asia/Shanghai) date and time as an instant.</summary>
    public static DateTimeOffset At(DateOnly date, TimeOnly localTime)
    {
        var local = date.ToDateTime(localTime, DateTimeKind.Unspecified);
        return new DateTimeOffset(local, ChinaTime.Zone.GetUtcOffset(local)).ToUniversalTime();
    }
}
