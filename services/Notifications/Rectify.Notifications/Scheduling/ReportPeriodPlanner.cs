using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Rectify.Contracts.Findings;
using Rectify.Notifications.Infrastructure;
using Rectify.Notifications.Model;
using Rectify.ServiceDefaults.Time;

namespace Rectify.Notifications.Scheduling;

/// <summary>
/// Turns a recurring progress-report obligation into one tracked deadline per period (kind
/// <see cref="SubjectKinds.ReportPeriod"/>), so every period gets the Scheduler's exactly-once schedules:
/// reminders before its due date, and a missing-report flag after it. A submitted report cancels its period.
/// An open-ended obligation is planned <see cref="HorizonDays"/> ahead; each submission extends the horizon,
/// and so does <see cref="ExtendAsync"/> (run daily) when nobody reports, so reminders never run out.
/// </summary>
public sealed class ReportPeriodPlanner(NotificationsDbContext db, Scheduler scheduler, TimeProvider time)
{
    public const int HorizonDays = 366;

    /// <summary>The horizon is extended once the furthest planned period is closer than this to it.</summary>
    public const int ExtendWithinDays = 31;

    public async Task SetAsync(ProgressReportObligationScheduled message, CancellationToken ct)
    {
        var obligation = await FindOrAddAsync(message.InspectionId, message.UnitId, ct);
        if (message.Meta.Version <= obligation.SetVersion || obligation.Stopped)
            return;
        (obligation.Every, obligation.IntervalUnit, obligation.FirstDue, obligation.Until) =
            (message.Every, message.IntervalUnit, message.FirstDue, message.Until);
        obligation.SetOn = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(message.Meta.OccurredAt, ChinaTime.Zone).DateTime);
        obligation.SetVersion = message.Meta.Version;
        await PlanAsync(obligation, message.Meta.Version, ct);
    }

    public async Task SubmittedAsync(ProgressReportSubmitted message, CancellationToken ct)
    {
        var obligation = await FindOrAddAsync(message.InspectionId, message.UnitId, ct);
        obligation.MarkReported(message.PeriodDue);
        await scheduler.CancelAsync(SubjectKinds.ReportPeriod, PeriodId(message.InspectionId, message.PeriodDue), message.UnitId, message.Meta.Version, ct);
        if (obligation.Every > 0 && !obligation.Stopped)
            await PlanAsync(obligation, message.Meta.Version, ct);
    }

    /// <summary>
    /// Plans further ahead for every running obligation whose furthest planned period lies less than
    /// <see cref="HorizonDays"/> − <see cref="ExtendWithinDays"/> days ahead. Periods already planned are left
    /// as they are (same version); returns how many obligations were extended.
    /// </summary>
    public async Task<int> ExtendAsync(CancellationToken ct)
    {
        var wantedUntil = time.Today().AddDays(HorizonDays - ExtendWithinDays);
        var furthest = await db.Deadlines.Where(d => d.SubjectKind == SubjectKinds.ReportPeriod && d.InspectionId != null)
            .GroupBy(d => d.InspectionId!.Value).Select(g => new { g.Key, Last = g.Max(d => d.Deadline) }).ToDictionaryAsync(x => x.Key, x => x.Last, ct);
        var running = await db.ReportObligations.Where(o => !o.Stopped && o.Every > 0 && (o.Until == null || o.Until > wantedUntil)).ToListAsync(ct);
        var extended = 0;
        foreach (var o in running.Where(o => furthest.TryGetValue(o.InspectionId, out var last) && last < wantedUntil))
        {
            await PlanAsync(o, o.SetVersion, ct);
            extended++;
        }
        await db.SaveChangesAsync(ct);
        return extended;
    }

    /// <summary>The inspection closed or was withdrawn; the Scheduler cancels the periods already tracked under it.</summary>
    public async Task StopAsync(Guid inspectionId, CancellationToken ct)
    {
        if (await db.ReportObligations.FindAsync([inspectionId], ct) is { } obligation)
            obligation.Stopped = true;
    }

    /// <summary>A period's subject id: the same for the same inspection and due date in every instance and event.</summary>
    public static Guid PeriodId(Guid inspectionId, DateOnly due)
    {
        var hash = MD5.HashData(Encoding.UTF8.GetBytes($"report_period:{inspectionId:N}:{due:yyyy-MM-dd}"));
        return new Guid(hash);
    }

    private async Task PlanAsync(ReportObligation o, long version, CancellationToken ct)
    {
        var from = o.SetOn;
        var through = (time.Today() > from ? time.Today() : from).AddDays(HorizonDays);
        var reported = o.Reported;
        var wanted = ProgressReportPeriods.Dues(o.FirstDue, o.Every, o.IntervalUnit, o.Until, through)
            .Where(due => due >= from && !reported.Contains(due))
            .ToDictionary(due => PeriodId(o.InspectionId, due));
        var tracked = await db.Deadlines
            .Where(d => d.InspectionId == o.InspectionId && d.SubjectKind == SubjectKinds.ReportPeriod && !d.Closed)
            .Select(d => d.SubjectId).ToListAsync(ct);
        // Periods the new interval no longer has (a re-set obligation) stop; submitted ones are already closed.
        foreach (var gone in tracked.Where(id => !wanted.ContainsKey(id)))
            await scheduler.CancelAsync(SubjectKinds.ReportPeriod, gone, o.UnitId, version, ct);
        foreach (var (id, due) in wanted)
            await scheduler.ScheduleDeadlineAsync(
                new DeadlineSubject(SubjectKinds.ReportPeriod, id, o.UnitId, o.InspectionId, $"{SubjectKinds.Title(SubjectKinds.ReportPeriod)}（{due:yyyy-MM-dd}）"),
                due, version, [], [], ct);
    }

    private async Task<ReportObligation> FindOrAddAsync(Guid inspectionId, Guid unitId, CancellationToken ct)
    {
        var obligation = await db.ReportObligations.FindAsync([inspectionId], ct);
        if (obligation is null)
        {
            obligation = new ReportObligation { InspectionId = inspectionId, UnitId = unitId };
            db.ReportObligations.Add(obligation);
        }
        return obligation;
    }
}
