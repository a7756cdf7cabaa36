using Microsoft.EntityFrameworkCore;
using Rectify.Contracts;
using Rectify.Notifications.Model;
using Rectify.Contracts.Notifications;
using Rectify.Notifications.Infrastructure;
using Rectify.ServiceDefaults.Messaging.Republish;

namespace Rectify.Notifications.Calendar;

public static class CalendarEdits
{
    /// <summary>
    /// The event an edit publishes, for the tasks and reporting services, whose lights count working days too.
    /// The version is the edit's instant in ticks: two administrators editing one day within the same tick is
    /// not a case worth a counter.
    /// </summary>
    public static CalendarDayChanged Changed(DateOnly day, bool? isWorkingDay, string? name, string? actor, DateTimeOffset at) =>
        new(EventMeta.New(at.UtcTicks, actor, at), day, isWorkingDay, name);

    /// <summary>
    /// Stages an administrator's setting of one day: the row (edited), the removal it undoes, the event. The caller
    /// requests the re-plan and saves, once for a whole notice.
    /// </summary>
    public static async Task<CalendarDay> StageSetAsync(NotificationsDbContext db, DateOnly day, bool isWorkingDay, string name, string? actor,
        DateTimeOffset now, CancellationToken ct)
    {
        var row = await db.CalendarDays.FirstOrDefaultAsync(d => d.Date == day, ct);
        if (row is null)
            db.CalendarDays.Add(row = new CalendarDay { Date = day, Name = "", Source = "edited" });
        (row.IsWorkingDay, row.Name, row.Source, row.EditedAt) = (isWorkingDay, name.Trim(), "edited", now);
        if (await db.CalendarRemovals.FindAsync([day], ct) is { } removal)
            db.CalendarRemovals.Remove(removal);
        db.Publish(Changed(day, row.IsWorkingDay, row.Name, actor, now));
        return row;
    }
}

/// <summary>
/// Sends every administrator's calendar edit (set days and removed ones) again when a rebuild is requested,
/// at the version it first went out with, so a tasks or reporting service deployed after an edit gets it and
/// one that has it ignores it. The State Council data is built into every service and not sent.
/// </summary>
public sealed class CalendarStateRepublisher(NotificationsDbContext db, TimeProvider time) : StateRepublisher<NotificationsDbContext>(db, time)
{
    protected override string Service => NotificationsModule.Name;

    // Set days and removals page side by side: a page is full while either still has rows.
    protected override async Task<(int Rows, int Events)> PageAsync(int skip, int take, string? actor, CancellationToken ct)
    {
        var edited = await Db.CalendarDays.AsNoTracking().Where(d => d.Source == "edited").OrderBy(d => d.Date).Skip(skip).Take(take).ToListAsync(ct);
        foreach (var d in edited)
            // An edit from before edits were dated goes out at version 1: older than any dated one.
            Db.Publish(d.EditedAt is { } at ? CalendarEdits.Changed(d.Date, d.IsWorkingDay, d.Name, actor, at)
                : new CalendarDayChanged(Meta(1, actor), d.Date, d.IsWorkingDay, d.Name));
        var removed = await Db.CalendarRemovals.AsNoTracking().OrderBy(r => r.Date).Skip(skip).Take(take).ToListAsync(ct);
        foreach (var r in removed)
            Db.Publish(CalendarEdits.Changed(r.Date, null, null, actor, r.RemovedAt));
        return (Math.Max(edited.Count, removed.Count), edited.Count + removed.Count);
    }
}
