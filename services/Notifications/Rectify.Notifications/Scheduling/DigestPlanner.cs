using Microsoft.EntityFrameworkCore;
using Rectify.Notifications.Calendar;
using Rectify.Notifications.Infrastructure;
using Rectify.Notifications.Model;
using Rectify.ServiceDefaults.Auth;
using Rectify.ServiceDefaults.Time;

namespace Rectify.Notifications.Scheduling;

/// <summary>
/// Plans this week's digest (每周汇总) rows: for each unit with an open deadline whose rules keep the
/// digest on, one schedule per coordinator and one for the unit's group robots, due on the digest day
/// (the configured weekday, or the next working day after it) at the digest time. Rows already there
/// are left alone; two instances planning at once collide on the unique key and one of them wins.
/// </summary>
public sealed class DigestPlanner(
    NotificationsDbContext db, CalendarStore calendars, RuleBook rules, TimeProvider time, ILogger<DigestPlanner> logger)
{
    /// <returns>How many rows were added.</returns>
    public async Task<int> PlanAsync(CancellationToken ct)
    {
        var today = time.Today();
        var week = WeeklyDigest.WeekOf(today);
        var version = WeeklyDigest.VersionOf(week);
        var calendar = await calendars.CurrentAsync(db, ct);
        var units = await WeeklyDigest.Open(db.Deadlines).Select(d => d.UnitId).Distinct().ToListAsync(ct);
        // Read once for all units: it runs every few minutes on every instance and nearly always finds the week planned.
        var planned = (await db.Schedules.Where(s => s.SubjectKind == WeeklyDigest.SubjectKind && s.DeadlineVersion == version)
            .Select(s => new { s.SubjectId, s.RecipientId }).ToListAsync(ct)).ToLookup(s => s.SubjectId, s => s.RecipientId);
        var coordinators = (await db.Grants.Where(g => g.Role == RectifyRoles.UnitCoordinator && g.UnitId != null && g.PersonId != null)
            .Select(g => new { g.UnitId, g.PersonId }).ToListAsync(ct)).ToLookup(g => g.UnitId!.Value, g => g.PersonId!.Value);
        var robots = (await db.Webhooks.Where(w => w.Enabled).Select(w => w.UnitId).Distinct().ToListAsync(ct)).ToHashSet();
        var added = 0;
        foreach (var unit in units)
        {
            var ruleSet = await rules.ForUnitAsync(unit, ct);
            if (!ruleSet.WeeklyDigest)
                continue;
            var day = DayOf(week, ruleSet.DigestDay, calendar);
            if (day < today)
                continue; // this week's is done (or its day was missed while the service was down)
            var recipients = coordinators[unit].Distinct().Select(p => (Id: p, Tier: WeeklyDigest.CoordinatorTier)).ToList();
            // The group message only where a robot listens; one added mid-week is picked up by the next run.
            if (robots.Contains(unit))
                recipients.Add((Id: unit, Tier: WeeklyDigest.GroupTier));
            var adding = 0;
            foreach (var (id, tier) in recipients.Where(r => !planned[unit].Contains(r.Id)))
            {
                db.Schedules.Add(new Schedule
                {
                    SubjectKind = WeeklyDigest.SubjectKind, SubjectId = unit, UnitId = unit, Rule = WeeklyDigest.Rule, DeadlineVersion = version,
                    Deadline = week, RecipientId = id, Tier = tier, RemindOn = day, DueAt = Scheduler.At(day, ruleSet.DigestAt),
                    State = ScheduleStates.Pending, CreatedAt = time.GetUtcNow(),
                });
                adding++;
            }
            if (adding == 0)
                continue;
            try
            {
                await db.SaveChangesAsync(ct);
                added += adding;
            }
            catch (DbUpdateException ex)
            {
                // Another instance planned the same rows first: the unique key kept them single.
                logger.LogInformation("Digest rows for unit {UnitId} already planned elsewhere: {Error}", unit, ex.InnerException?.Message ?? ex.Message);
                db.ChangeTracker.Clear();
            }
        }
        return added;
    }

    /// <summary>The week's digest day: the configured weekday, moved to the next working day when it is not one.</summary>
    public static DateOnly DayOf(DateOnly weekStart, DayOfWeek day, IWorkingCalendar calendar)
    {
        var date = weekStart.AddDays(((int)day + 6) % 7);
        while (!calendar.IsWorkingDay(date))
            date = date.AddDays(1);
        return date;
    }
}
