using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Rectify.Contracts.Findings;
using Rectify.Contracts.Units;
using Rectify.Notifications.Model;
using Rectify.Notifications.Scheduling;
using Rectify.ServiceDefaults.Time;
using Rectify.Services.Tests.Support;

namespace Rectify.Services.Tests.Notifications;

/// <summary>The weekly digest (每周汇总) to the unit's coordinators and its robots: content, day, once.</summary>
public sealed class Weekly_digest : IDisposable
{
    // Saturday 14 September 2024, 10:00 in Shanghai: a make-up workday before the Mid-Autumn holiday (15–17 September).
    private static readonly DateTimeOffset Start = new(2024, 9, 14, 2, 0, 0, TimeSpan.Zero);
    private readonly NotificationsHost _host = new(Start);

    private static DateOnly D(int m, int d) => new(2024, m, d);

    /// <summary>
    /// One open inspection — plan due 10 Sep (overdue), progress report due 27 Sep (yellow), notice due 30 Dec (green) —
    /// and one closed on the holiday Monday, 16 September.
    /// </summary>
    private static async Task<(Guid Unit, Guid Coordinator, Guid Open, Guid Closed)> SeedAsync(NotificationsHost host, string unitName)
    {
        var (unit, coordinator, _, _) = await host.UnitWithPeopleAsync(unitName);
        var open = Guid.NewGuid();
        await host.PublishAsync(NotificationsHost.DueDates(open, unit, 2, D(8, 1), D(9, 10), D(9, 27), D(12, 30)));
        var closed = Guid.NewGuid();
        await host.PublishAsync(NotificationsHost.DueDates(closed, unit, 2, D(8, 1), D(10, 10), D(11, 29), D(12, 30)));
        return (unit, coordinator, open, closed);
    }

    private static async Task<int> PlanAsync(NotificationsHost host)
    {
        using var scope = host.Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<DigestPlanner>().PlanAsync(CancellationToken.None);
    }

    private static Task<List<Schedule>> DigestsAsync(NotificationsHost host, Guid unit) =>
        host.Db(db => db.Schedules.AsNoTracking().Where(s => s.SubjectKind == WeeklyDigest.SubjectKind && s.SubjectId == unit).ToListAsync());

    [Theory]
    [InlineData(2024, 9, 16, 2024, 9, 18)] // Mid-Autumn: Mon 16 and Tue 17 off
    [InlineData(2024, 10, 7, 2024, 10, 8)] // National Day: 1–7 Oct off
    [InlineData(2024, 9, 9, 2024, 9, 9)]
    public void The_digest_day_is_the_next_working_day_when_Monday_is_a_holiday(int y, int m, int d, int ey, int em, int ed) =>
        Assert.Equal(new DateOnly(ey, em, ed), DigestPlanner.DayOf(new DateOnly(y, m, d), DayOfWeek.Monday, HolidayResource.Calendar()));

    [Fact]
    public async Task Goes_out_once_on_the_first_working_day_of_a_holiday_week_with_what_is_open_overdue_soon_and_closed()
    {
        var (unit, coordinator, _, closed) = await SeedAsync(_host, "县科技局党组");
        Assert.Equal(0, await PlanAsync(_host)); // this week's day (Mon 9 Sep) has passed

        _host.SetLocal(2024, 9, 16, 8, 0);
        await _host.PublishAsync(new InspectionClosed(NotificationsHost.Meta(3), closed, unit, D(9, 16)));
        Assert.Equal(1, await PlanAsync(_host));
        var row = Assert.Single(await DigestsAsync(_host, unit));
        Assert.Equal((coordinator, D(9, 18), D(9, 16)), (row.RecipientId, row.RemindOn, row.Deadline));
        Assert.Equal(new DateTimeOffset(2024, 9, 18, 9, 0, 0, TimeSpan.FromHours(8)), row.DueAt);

        _host.SetLocal(2024, 9, 18, 8, 59);
        await _host.SweepAllAsync();
        Assert.DoesNotContain(await _host.InboxAsync(coordinator), i => i.SubjectKind == WeeklyDigest.SubjectKind);

        _host.SetLocal(2024, 9, 18, 9, 0);
        Assert.Equal(0, await PlanAsync(_host));
        await _host.SweepAllAsync();
        await _host.SweepAllAsync();
        Assert.Equal(0, await PlanAsync(_host));

        var digest = Assert.Single(await _host.InboxAsync(coordinator), i => i.SubjectKind == WeeklyDigest.SubjectKind);
        Assert.StartsWith("【每周汇总】县科技局党组", digest.Title);
        Assert.Contains("未完成3项：红灯1项，黄灯1项，绿灯1项", digest.Body);
        // 11–14 Sep and 18 Sep are working days after the 10th.
        Assert.Contains("二、已逾期1项：\n1. 整改方案（截止2024年9月10日，已逾期5个工作日）", digest.Body.ReplaceLineEndings("\n"));
        Assert.Contains("1. 整改进展情况报告（截止2024年9月27日，还有7个工作日）", digest.Body);
        Assert.Contains("四、近一周办结3项", digest.Body); // the closed inspection's plan, report and notice
        Assert.Contains("2024年9月16日办结", digest.Body);
        Assert.Equal(ScheduleStates.Sent, Assert.Single(await DigestsAsync(_host, unit)).State);

        // The next week: planned again for Monday 23 September, a working day.
        _host.SetLocal(2024, 9, 23, 7, 0);
        Assert.Equal(1, await PlanAsync(_host));
        Assert.Contains(await DigestsAsync(_host, unit), s => s.RemindOn == D(9, 23) && s.State == ScheduleStates.Pending);
    }

    [Fact]
    public async Task Lists_a_missing_progress_report_apart_from_overdue_items()
    {
        var (unit, coordinator, open, _) = await SeedAsync(_host, "县审计局党组");
        await _host.PublishAsync(new ProgressReportObligationScheduled(Rectify.Contracts.EventMeta.New(5, "test", _host.Clock.GetUtcNow()), open, unit, 14, ProgressReportPeriods.Days, D(9, 14), null));

        _host.SetLocal(2024, 9, 18, 8, 0);
        Assert.Equal(1, await PlanAsync(_host));
        _host.SetLocal(2024, 9, 18, 9, 0);
        await _host.SweepAllAsync();

        var body = Assert.Single(await _host.InboxAsync(coordinator), i => i.SubjectKind == WeeklyDigest.SubjectKind).Body.ReplaceLineEndings("\n");
        Assert.Contains("红灯2项", body);
        Assert.Contains("二、已逾期1项：\n1. 整改方案", body);
        Assert.Contains("五、未按期报送整改进展情况报告1期：\n1. 定期整改进展情况报告（2024-09-14）（应于2024年9月14日报送）", body);
    }

    [Fact]
    public async Task Is_skipped_when_nothing_is_open_and_not_planned_for_a_unit_without_open_items()
    {
        var (unit, coordinator, open, closed) = await SeedAsync(_host, "县林业局党组");
        _host.SetLocal(2024, 9, 16, 8, 0);
        Assert.Equal(1, await PlanAsync(_host));
        await _host.PublishAsync(new InspectionClosed(NotificationsHost.Meta(3), open, unit, D(9, 16)));
        await _host.PublishAsync(new InspectionClosed(NotificationsHost.Meta(3), closed, unit, D(9, 16)));

        _host.SetLocal(2024, 9, 18, 9, 0);
        await _host.SweepAllAsync();
        Assert.Equal(ScheduleStates.Skipped, Assert.Single(await DigestsAsync(_host, unit)).State);
        Assert.DoesNotContain(await _host.InboxAsync(coordinator), i => i.SubjectKind == WeeklyDigest.SubjectKind);

        _host.SetLocal(2024, 9, 23, 8, 0);
        Assert.Equal(0, await PlanAsync(_host));
    }

    [Fact]
    public async Task A_coordinator_who_lost_the_role_before_the_day_does_not_get_it()
    {
        var (unit, coordinator, _, _) = await SeedAsync(_host, "县文旅局党组");
        var former = await _host.PersonAsync(unit, "钱联络", "办公室副主任");
        var account = Guid.NewGuid();
        await _host.PublishAsync(new RoleGranted(NotificationsHost.Meta(1), account, former, "unit_coordinator", unit, null));
        _host.SetLocal(2024, 9, 16, 8, 0);
        Assert.Equal(2, await PlanAsync(_host));
        await _host.PublishAsync(new RoleRevoked(NotificationsHost.Meta(2), account, former, "unit_coordinator", unit, null));

        _host.SetLocal(2024, 9, 18, 9, 0);
        await _host.SweepAllAsync();

        var rows = await DigestsAsync(_host, unit);
        Assert.Equal(ScheduleStates.Skipped, rows.Single(r => r.RecipientId == former).State);
        Assert.Equal(ScheduleStates.Sent, rows.Single(r => r.RecipientId == coordinator).State);
        Assert.DoesNotContain(await _host.InboxAsync(former), i => i.SubjectKind == WeeklyDigest.SubjectKind);
    }

    [Fact]
    public async Task A_jurisdiction_may_opt_out_or_choose_another_day_and_time()
    {
        var (unit, _, _, _) = await SeedAsync(_host, "县交通局党组");
        var office = _host.As(null, $"inspection_office|j:{NotificationsHost.JurisdictionPath}");
        var rules = new ReminderRules { WeeklyDigest = false };
        (await office.PutAsJsonAsync("/api/notifications/rules", new { jurisdictionPath = NotificationsHost.JurisdictionPath, rules })).EnsureSuccessStatusCode();
        _host.SetLocal(2024, 9, 16, 8, 0);
        Assert.Equal(0, await PlanAsync(_host));

        rules = new ReminderRules { DigestDay = DayOfWeek.Friday, DigestAt = new TimeOnly(16, 30) };
        (await office.PutAsJsonAsync("/api/notifications/rules", new { jurisdictionPath = NotificationsHost.JurisdictionPath, rules })).EnsureSuccessStatusCode();
        Assert.Equal(1, await PlanAsync(_host));
        var row = Assert.Single(await DigestsAsync(_host, unit));
        Assert.Equal(new DateTimeOffset(2024, 9, 20, 16, 30, 0, TimeSpan.FromHours(8)), row.DueAt);
    }

    [Fact]
    public async Task Quiet_hours_defer_it()
    {
        var (unit, coordinator, _, _) = await SeedAsync(_host, "县统计局党组");
        var me = _host.As(coordinator);
        (await me.PutAsJsonAsync("/api/notifications/preferences", new { email = true, inbox = true, webhook = true, quietStart = "08:00", quietEnd = "10:00" }))
            .EnsureSuccessStatusCode();
        _host.SetLocal(2024, 9, 16, 7, 0);
        await PlanAsync(_host);

        _host.SetLocal(2024, 9, 18, 9, 0);
        await _host.SweepAllAsync();
        Assert.DoesNotContain(await _host.InboxAsync(coordinator), i => i.SubjectKind == WeeklyDigest.SubjectKind);
        Assert.Equal(new DateTimeOffset(2024, 9, 18, 10, 0, 0, TimeSpan.FromHours(8)), Assert.Single(await DigestsAsync(_host, unit)).DueAt);

        _host.SetLocal(2024, 9, 18, 10, 0);
        await _host.SweepAllAsync();
        Assert.Single(await _host.InboxAsync(coordinator), i => i.SubjectKind == WeeklyDigest.SubjectKind);
    }

    [Fact]
    public async Task Two_instances_planning_and_sweeping_at_once_send_each_coordinator_one_and_the_robot_one()
    {
        using var second = new NotificationsHost(Start, shareWith: _host);
        using var receiver = new WebhookReceiver();
        var (unit, coordinator, _, _) = await SeedAsync(_host, "县财政局党组");
        var deputy = await _host.PersonAsync(unit, "孙联络", "办公室副主任");
        await _host.GrantAsync(deputy, "unit_coordinator", unit);
        await _host.Db(async db =>
        {
            db.Webhooks.Add(new Webhook { Id = Guid.NewGuid(), UnitId = unit, Name = "整改群", Kind = WebhookKinds.Generic, Url = receiver.BaseUrl + "hook" });
            return await db.SaveChangesAsync();
        });
        foreach (var host in new[] { _host, second })
            host.SetLocal(2024, 9, 18, 9, 0);

        await Task.WhenAll(RunAsync(_host), RunAsync(second));

        Assert.Single(await _host.InboxAsync(coordinator), i => i.SubjectKind == WeeklyDigest.SubjectKind);
        Assert.Single(await _host.InboxAsync(deputy), i => i.SubjectKind == WeeklyDigest.SubjectKind);
        var rows = await DigestsAsync(_host, unit);
        Assert.Equal(3, rows.Count); // two coordinators and the group
        Assert.All(rows, r => Assert.Equal(ScheduleStates.Sent, r.State));
        // Overdue reminders reach the robot too; of digests, exactly one group message.
        var digests = receiver.Requests.Select(r => JsonDocument.Parse(r.Body).RootElement)
            .Where(b => b.GetProperty("subjectKind").GetString() == WeeklyDigest.SubjectKind).ToList();
        var body = Assert.Single(digests);
        Assert.Equal(WeeklyDigest.GroupTier, body.GetProperty("tier").GetString());
        Assert.Contains("未完成6项", body.GetProperty("text").GetString()); // both inspections are open here
    }

    [Fact]
    public async Task A_retry_sends_the_text_composed_on_the_first_visit_not_the_figures_of_the_retry()
    {
        using var receiver = new WebhookReceiver();
        var (unit, _, open, _) = await SeedAsync(_host, "县水利局党组");
        await _host.Db(async db =>
        {
            db.Webhooks.Add(new Webhook { Id = Guid.NewGuid(), UnitId = unit, Name = "整改群", Kind = WebhookKinds.Generic, Url = receiver.BaseUrl + "hook" });
            return await db.SaveChangesAsync();
        });
        _host.SetLocal(2024, 9, 18, 9, 0);
        receiver.FailNext(100);
        await PlanAsync(_host);
        await _host.SweepAllAsync();
        // Meanwhile one inspection is closed: a digest composed now would count 3 open items, not 6.
        await _host.PublishAsync(new InspectionClosed(NotificationsHost.Meta(3), open, unit, D(9, 18)));
        receiver.FailNext(0);
        _host.SetLocal(2024, 9, 18, 11, 0);
        await _host.SweepAllAsync();

        var texts = receiver.Requests.Select(r => JsonDocument.Parse(r.Body).RootElement)
            .Where(b => b.GetProperty("subjectKind").GetString() == WeeklyDigest.SubjectKind).Select(b => b.GetProperty("text").GetString()!).ToList();
        Assert.True(texts.Count >= 2, $"{texts.Count} digest requests: expected a failed one and its retry");
        Assert.All(texts, t => Assert.Equal(texts[0], t));
        Assert.Contains("未完成6项", texts[0]);
        Assert.All(await DigestsAsync(_host, unit), r => Assert.Equal(ScheduleStates.Sent, r.State));
    }

    private static async Task RunAsync(NotificationsHost host)
    {
        for (var i = 0; i < 3; i++)
        {
            await PlanAsync(host);
            await host.SweepAsync();
        }
    }

    [Fact]
    public async Task E_mail_reaches_the_SMTP_server()
    {
        var (_, api) = Maildev.Required();
        using var host = new NotificationsHost(Start, smtp: true);
        var (_, coordinator, _, _) = await SeedAsync(host, "县教育局党组");
        var address = await host.Db(db => Task.FromResult(db.People.Single(p => p.PersonId == coordinator).Email!));
        host.SetLocal(2024, 9, 18, 9, 0);
        await PlanAsync(host);
        await host.SweepAllAsync();

        var message = Assert.Single(await Maildev.MailToAsync(api, address, where: m => m.GetProperty("subject").GetString()!.Contains("每周汇总")));
        Assert.Contains("县教育局党组", message.GetProperty("subject").GetString());
        var text = message.GetProperty("text").GetString()!;
        Assert.Contains("王联络", text);
        Assert.Contains("未完成6项：红灯1项，黄灯1项，绿灯4项", text); // neither inspection is closed here
        Assert.Contains("已逾期5个工作日", text);
    }

    public void Dispose() => _host.Dispose();
}
