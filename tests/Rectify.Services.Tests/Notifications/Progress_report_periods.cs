using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Rectify.Contracts;
using Rectify.Contracts.Findings;
using Rectify.Contracts.Notifications;
using Rectify.Notifications.Model;
using Rectify.Notifications.Scheduling;
using Rectify.Services.Tests.Support;

namespace Rectify.Services.Tests.Notifications;

/// <summary>
/// A recurring progress report (every 14 days from Fri 13 Sep 2024): the coordinator is reminded before each
/// period's due date; a period with no report is flagged once, the next working day — to the coordinator and,
/// as an escalation, to the office; a report cancels its period; closing the inspection stops the obligation.
/// </summary>
public sealed class Progress_report_periods : IDisposable
{
    // Monday 2 September 2024, 10:00 in Shanghai.
    private static readonly DateTimeOffset Start = new(2024, 9, 2, 2, 0, 0, TimeSpan.Zero);
    private readonly NotificationsHost _host = new(Start);

    private static DateOnly D(int y, int m, int d) => new(y, m, d);

    private EventMeta Meta(long version) => EventMeta.New(version, "test", _host.Clock.GetUtcNow());

    private async Task<(Guid Unit, Guid Coordinator, Guid Office, Guid Inspection)> ObligationAsync(NotificationsHost host, string unitName)
    {
        var (unit, coordinator, _, office) = await host.UnitWithPeopleAsync(unitName);
        var inspection = Guid.NewGuid();
        await host.PublishAsync(new ProgressReportObligationScheduled(Meta(5), inspection, unit, 14, ProgressReportPeriods.Days, D(2024, 9, 13), null));
        return (unit, coordinator, office, inspection);
    }

    private Task<DateOnly> LastPlannedAsync(Guid inspection) =>
        _host.Db(db => db.Deadlines.Where(d => d.SubjectKind == SubjectKinds.ReportPeriod && d.InspectionId == inspection).MaxAsync(d => d.Deadline));

    private async Task<int> ExtendAsync()
    {
        using var scope = _host.Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<ReportPeriodPlanner>().ExtendAsync(CancellationToken.None);
    }

    [Fact]
    public async Task An_open_ended_obligation_nobody_reports_against_is_planned_further_ahead()
    {
        var (_, _, _, inspection) = await ObligationAsync(_host, "县林业局党组");
        Assert.InRange(await LastPlannedAsync(inspection), D(2025, 8, 20), D(2025, 9, 3)); // a year from 2 Sep 2024
        Assert.Equal(0, await ExtendAsync());

        _host.SetLocal(2025, 3, 3, 10, 0); // half a year later, and no report
        Assert.Equal(1, await ExtendAsync());
        var last = await LastPlannedAsync(inspection);
        Assert.InRange(last, D(2026, 2, 18), D(2026, 3, 4));
        Assert.NotEmpty(await PeriodAsync(inspection, last));
        Assert.Equal(0, await ExtendAsync());
    }

    private Task<List<Schedule>> PeriodAsync(Guid inspection, DateOnly due) => _host.SchedulesAsync(ReportPeriodPlanner.PeriodId(inspection, due));

    [Fact]
    public async Task Reminded_before_the_due_date_and_flagged_once_after_it_to_the_coordinator_and_the_office()
    {
        var (_, coordinator, office, inspection) = await ObligationAsync(_host, "县交通局党组");

        var first = await PeriodAsync(inspection, D(2024, 9, 13));
        // 3 working days before (Tue 10 Sep), the due day, and the flag on the next working day: Sat 14 Sep, the
        // make-up workday before the 2024 Mid-Autumn holiday (15–17 Sep).
        Assert.Equal([("before-3wd", D(2024, 9, 10)), ("due", D(2024, 9, 13)), ("missing", D(2024, 9, 14)), ("missing-office", D(2024, 9, 14))],
            first.Select(s => (s.Rule, s.RemindOn)).OrderBy(r => r.RemindOn).ThenBy(r => r.Rule).ToList());
        Assert.Equal(office, first.Single(s => s.Rule == "missing-office").RecipientId);
        Assert.NotEmpty(await PeriodAsync(inspection, D(2024, 9, 27)));

        _host.SetLocal(2024, 9, 10, 9, 30);
        await _host.SweepAllAsync();
        Assert.Contains("距截止还有3个工作日", Assert.Single(await _host.InboxAsync(coordinator)).Title);

        _host.SetLocal(2024, 9, 13, 9, 30);
        await _host.SweepAllAsync();
        _host.SetLocal(2024, 9, 14, 9, 30);
        await _host.SweepAllAsync();
        _host.SetLocal(2024, 9, 18, 9, 30);
        await _host.SweepAllAsync();
        await _host.SweepAllAsync();

        var inbox = await _host.InboxAsync(coordinator);
        Assert.Equal(3, inbox.Count);
        Assert.Contains("未报送", inbox[2].Title);
        var flagged = Assert.Single(await _host.InboxAsync(office));
        Assert.True(flagged.IsEscalation);
        Assert.Contains("未报送", flagged.Title);
        var periodId = ReportPeriodPlanner.PeriodId(inspection, D(2024, 9, 13));
        var raised = await Eventually.HoldsAsync(
            () => Task.FromResult(_host.Harness.Published.Select<EscalationRaised>().Select(p => p.Context.Message).Where(m => m.SubjectId == periodId).ToList()),
            list => list.Count >= 1);
        var escalation = Assert.Single(raised);
        Assert.Equal((SubjectKinds.ReportPeriod, Tiers.InspectionOffice, office), (escalation.SubjectKind, escalation.Tier, escalation.RecipientPersonId));
    }

    [Fact]
    public async Task A_submitted_report_cancels_its_period_and_closing_the_inspection_stops_the_rest()
    {
        var (unit, coordinator, office, inspection) = await ObligationAsync(_host, "县水利局党组");

        _host.SetLocal(2024, 9, 20, 15, 0);
        await _host.PublishAsync(new ProgressReportSubmitted(Meta(6), inspection, unit, Guid.NewGuid(), D(2024, 9, 27), D(2024, 9, 20), "本期进展"));
        Assert.All(await PeriodAsync(inspection, D(2024, 9, 27)), s => Assert.Equal(ScheduleStates.Cancelled, s.State));
        Assert.Contains(await PeriodAsync(inspection, D(2024, 10, 11)), s => s.State == ScheduleStates.Pending);

        // Re-setting the same obligation (a new version) must not re-open the reported period.
        await _host.PublishAsync(new ProgressReportObligationScheduled(Meta(7), inspection, unit, 14, ProgressReportPeriods.Days, D(2024, 9, 13), null));
        Assert.All(await PeriodAsync(inspection, D(2024, 9, 27)), s => Assert.Equal(ScheduleStates.Cancelled, s.State));

        _host.SetLocal(2024, 10, 8, 9, 30);
        await _host.SweepAllAsync();
        Assert.DoesNotContain(await _host.InboxAsync(coordinator), i => i.Title.Contains("2024-09-27"));
        Assert.DoesNotContain(await _host.InboxAsync(office), i => i.Title.Contains("2024-09-27"));

        await _host.PublishAsync(new InspectionClosed(Meta(8), inspection, unit, D(2024, 10, 8)));
        await _host.PublishAsync(new ProgressReportSubmitted(Meta(9), inspection, unit, Guid.NewGuid(), D(2024, 10, 11), D(2024, 10, 8), "关闭前的报告"));
        var pending = await _host.Db(db => db.Schedules.CountAsync(s => s.InspectionId == inspection && s.State == ScheduleStates.Pending));
        Assert.Equal(0, pending);
    }

    [Fact]
    public async Task A_new_interval_replaces_the_periods_and_a_stale_one_is_ignored()
    {
        var (unit, _, _, inspection) = await ObligationAsync(_host, "县民政局党组");

        await _host.PublishAsync(new ProgressReportObligationScheduled(Meta(7), inspection, unit, 1, ProgressReportPeriods.Months, D(2024, 9, 30), D(2024, 12, 31)));
        await _host.PublishAsync(new ProgressReportObligationScheduled(Meta(6), inspection, unit, 7, ProgressReportPeriods.Days, D(2024, 9, 6), null));

        var open = await _host.Db(db => db.Deadlines
            .Where(d => d.InspectionId == inspection && d.SubjectKind == SubjectKinds.ReportPeriod && !d.Closed)
            .Select(d => d.Deadline).OrderBy(d => d).ToListAsync());
        Assert.Equal([D(2024, 9, 30), D(2024, 10, 30), D(2024, 11, 30), D(2024, 12, 30)], open);
        Assert.All(await PeriodAsync(inspection, D(2024, 9, 13)), s => Assert.Equal(ScheduleStates.Cancelled, s.State));
    }

    [Fact]
    public async Task Two_sweepers_flag_each_missing_report_once()
    {
        using var second = new NotificationsHost(Start, shareWith: _host);
        var (unit, coordinator, _, office) = await _host.UnitWithPeopleAsync("县财政局党组");
        for (var i = 0; i < 10; i++)
            await _host.PublishAsync(new ProgressReportObligationScheduled(Meta(5), Guid.NewGuid(), unit, 14, ProgressReportPeriods.Days, D(2024, 9, 13), null));

        foreach (var host in new[] { _host, second })
            host.SetLocal(2024, 9, 14, 9, 30);
        await Task.WhenAll(SweepAsync(_host), SweepAsync(second));

        // Per inspection: the flag to the coordinator and to the office; the reminders before (10 and 13 Sep) missed
        // their day while no sweeper ran and are skipped, as the flag says the same.
        Assert.Equal(10, (await _host.InboxAsync(coordinator)).Count);
        Assert.Equal(10, (await _host.InboxAsync(office)).Count);
        Assert.Equal(20, await _host.Db(db => db.Schedules.CountAsync(s => s.State == ScheduleStates.Sent)));
        Assert.Equal(20, await _host.Db(db => db.Schedules.CountAsync(s => s.State == ScheduleStates.Skipped)));
    }

    private static async Task SweepAsync(NotificationsHost host)
    {
        for (var i = 0; i < 5; i++)
            await host.SweepAsync();
    }

    public void Dispose() => _host.Dispose();
}
