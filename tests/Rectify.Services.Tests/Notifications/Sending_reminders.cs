using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Rectify.Contracts.Findings;
using Rectify.Contracts.Notifications;
using Rectify.Notifications.Model;
using Rectify.ServiceDefaults.Auth;
using Rectify.Services.Tests.Support;

namespace Rectify.Services.Tests.Notifications;

/// <summary>Findings' due dates become reminders to the unit's coordinator, sent once each as the clock moves.</summary>
public sealed class Sending_reminders : IDisposable
{
    // Sunday 1 September 2024, 10:00 in Shanghai.
    private readonly NotificationsHost _host = new(new DateTimeOffset(2024, 9, 1, 2, 0, 0, TimeSpan.Zero));

    private static DateOnly D(int y, int m, int d) => new(y, m, d);

    private async Task<(Guid Unit, Guid Coordinator, Guid Inspection)> PlanDueOn10OctoberAsync()
    {
        var (unit, coordinator, _, _) = await _host.UnitWithPeopleAsync("县科技局党组");
        var inspection = Guid.NewGuid();
        await _host.PublishAsync(NotificationsHost.DueDates(inspection, unit, 2, D(2024, 9, 1), D(2024, 10, 10), D(2024, 11, 29), D(2024, 12, 30)));
        return (unit, coordinator, inspection);
    }

    [Fact]
    public async Task Due_dates_are_planned_for_the_coordinator_with_escalations_to_the_secretary_and_the_office()
    {
        var (_, coordinator, inspection) = await PlanDueOn10OctoberAsync();

        var plan = (await _host.SchedulesAsync(inspection)).Where(s => s.SubjectKind == SubjectKinds.Plan).ToList();
        Assert.Equal(D(2024, 9, 20), plan.First().RemindOn);
        Assert.Equal(new DateTimeOffset(2024, 9, 20, 9, 0, 0, TimeSpan.FromHours(8)), plan.First().DueAt);
        Assert.All(plan.Where(s => s.Tier == Tiers.Responsible), s => Assert.Equal(coordinator, s.RecipientId));
        Assert.Equal(2, plan.Count(s => s.Rule == "escalate-top")); // the secretary and the office
        Assert.DoesNotContain(plan, s => s.Rule == "escalate-leader"); // findings' due dates name no leader
        Assert.All(plan, s => Assert.Equal(2, s.DeadlineVersion));
    }

    [Fact]
    public async Task Moving_the_clock_sends_each_reminder_once()
    {
        var (_, coordinator, inspection) = await PlanDueOn10OctoberAsync();

        _host.SetLocal(2024, 9, 20, 8, 59);
        await _host.SweepAllAsync();
        Assert.Empty(await _host.InboxAsync(coordinator));

        _host.SetLocal(2024, 9, 20, 9, 0);
        await _host.SweepAllAsync();
        await _host.SweepAllAsync();
        var first = Assert.Single(await _host.InboxAsync(coordinator));
        Assert.Contains("整改方案", first.Title);
        Assert.Contains("距截止还有20天", first.Title);

        _host.SetLocal(2024, 9, 27, 9, 30);
        await _host.SweepAllAsync();
        _host.SetLocal(2024, 9, 30, 9, 30);
        await _host.SweepAllAsync();
        await _host.SweepAllAsync();
        var titles = (await _host.InboxAsync(coordinator)).Select(i => i.Title).ToList();
        Assert.Equal(3, titles.Count);
        Assert.Contains("距截止还有5个工作日", titles[1]);
        Assert.Contains("距截止还有3个工作日", titles[2]);

        var sent = await _host.Db(db => db.Schedules.Where(s => s.SubjectId == inspection && s.State == ScheduleStates.Sent).CountAsync());
        Assert.Equal(3, sent);
        var events = await Eventually.HoldsAsync(
            () => Task.FromResult(_host.Harness.Published.Select<ReminderSent>().Select(p => p.Context.Message).Where(m => m.SubjectId == inspection).ToList()),
            list => list.Count >= 3);
        Assert.Equal(3, events.Count);
        Assert.All(events, e => Assert.Contains("inbox", e.Channels));
    }

    [Fact]
    public async Task Overdue_escalations_reach_the_secretary_and_the_office_and_are_raised_as_events()
    {
        var (unit, _, inspection) = await PlanDueOn10OctoberAsync();
        var secretary = await _host.Db(db => db.People.Where(p => p.UnitId == unit && p.Position == "党组书记").Select(p => p.PersonId).SingleAsync());

        _host.SetLocal(2024, 10, 23, 9, 0);
        await _host.SweepAllAsync();

        var escalation = Assert.Single(await _host.InboxAsync(secretary));
        Assert.True(escalation.IsEscalation);
        Assert.Contains("已逾期10个工作日", escalation.Title);
        var raised = await Eventually.HoldsAsync(
            () => Task.FromResult(_host.Harness.Published.Select<EscalationRaised>().Select(p => p.Context.Message).Where(m => m.SubjectId == inspection).ToList()),
            list => list.Count >= 2);
        Assert.Equal([Tiers.FirstResponsible, Tiers.InspectionOffice], raised.Where(r => r.SubjectKind == SubjectKinds.Plan).Select(r => r.Tier).Order());
    }

    [Fact]
    public async Task A_reminder_due_in_quiet_hours_waits_for_their_end()
    {
        var (_, coordinator, inspection) = await PlanDueOn10OctoberAsync();
        var response = await _host.As(coordinator).PutAsJsonAsync("/api/notifications/preferences",
            new { email = true, inbox = true, webhook = true, quietStart = "08:00", quietEnd = "12:00" });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);

        _host.SetLocal(2024, 9, 20, 9, 0);
        await _host.SweepAllAsync();
        Assert.Empty(await _host.InboxAsync(coordinator));
        var deferred = (await _host.SchedulesAsync(inspection)).First(s => s.Rule == "before-20d" && s.SubjectKind == SubjectKinds.Plan);
        Assert.Equal(new DateTimeOffset(2024, 9, 20, 12, 0, 0, TimeSpan.FromHours(8)), deferred.DueAt);

        _host.SetLocal(2024, 9, 20, 12, 0);
        await _host.SweepAllAsync();
        Assert.Single(await _host.InboxAsync(coordinator));
    }

    [Fact]
    public async Task A_changed_deadline_reschedules_a_stale_one_is_ignored_and_closing_cancels()
    {
        var (unit, _, inspection) = await PlanDueOn10OctoberAsync();

        await _host.PublishAsync(NotificationsHost.DueDates(inspection, unit, 3, D(2024, 9, 1), D(2024, 10, 31), D(2024, 11, 29), D(2024, 12, 30)));
        var schedules = await _host.SchedulesAsync(inspection);
        var plan = schedules.Where(s => s.SubjectKind == SubjectKinds.Plan).ToList();
        Assert.All(plan.Where(s => s.DeadlineVersion == 2), s => Assert.Equal(ScheduleStates.Cancelled, s.State));
        Assert.All(plan.Where(s => s.DeadlineVersion == 3), s => Assert.Equal(ScheduleStates.Pending, s.State));
        Assert.Contains(plan, s => s.DeadlineVersion == 3 && s.Rule == "due" && s.RemindOn == D(2024, 10, 31));
        // The report's date did not move: its reminders keep their version and stay pending.
        Assert.All(schedules.Where(s => s.SubjectKind == SubjectKinds.ProgressReport), s =>
        {
            Assert.Equal(2, s.DeadlineVersion);
            Assert.Equal(ScheduleStates.Pending, s.State);
        });

        await _host.PublishAsync(NotificationsHost.DueDates(inspection, unit, 1, D(2024, 9, 1), D(2024, 9, 5), D(2024, 9, 6), D(2024, 9, 7)));
        Assert.DoesNotContain(await _host.SchedulesAsync(inspection), s => s.DeadlineVersion == 1);

        await _host.PublishAsync(new InspectionClosed(NotificationsHost.Meta(4), inspection, unit, D(2024, 9, 2)));
        Assert.DoesNotContain(await _host.SchedulesAsync(inspection), s => s.State == ScheduleStates.Pending);
        _host.SetLocal(2024, 10, 31, 9, 0);
        await _host.SweepAllAsync();
        Assert.DoesNotContain(await _host.SchedulesAsync(inspection), s => s.State == ScheduleStates.Sent);
    }

    [Fact]
    public async Task A_new_coordinator_is_planned_in_and_a_revoked_one_planned_out()
    {
        var (unit, coordinator, inspection) = await PlanDueOn10OctoberAsync();
        var second = await _host.PersonAsync(unit, "陈联络", "综合股股长");
        await _host.GrantAsync(second, RectifyRoles.UnitCoordinator, unit);
        Assert.Contains(await _host.SchedulesAsync(inspection), s => s.RecipientId == second && s.Rule == "due");

        var account = Guid.NewGuid();
        await _host.PublishAsync(new Rectify.Contracts.Units.RoleGranted(NotificationsHost.Meta(1), account, coordinator, RectifyRoles.UnitCoordinator, unit, null));
        await _host.PublishAsync(new Rectify.Contracts.Units.RoleRevoked(NotificationsHost.Meta(2), account, coordinator, RectifyRoles.UnitCoordinator, unit, null));
        // The coordinator still holds the grant from UnitWithPeopleAsync (another account): still planned.
        Assert.Contains(await _host.SchedulesAsync(inspection), s => s.RecipientId == coordinator && s.State == ScheduleStates.Pending);
    }

    [Fact]
    public async Task The_inbox_lists_counts_and_marks_read()
    {
        var (_, coordinator, _) = await PlanDueOn10OctoberAsync();
        _host.SetLocal(2024, 9, 20, 9, 0);
        await _host.SweepAllAsync();
        var me = _host.As(coordinator);

        var count = await me.GetFromJsonAsync<CountResponse>("/api/notifications/inbox/unread-count");
        var items = await me.GetFromJsonAsync<List<ItemResponse>>("/api/notifications/inbox");
        Assert.Equal(1, count!.Count);
        Assert.Equal(HttpStatusCode.NoContent, (await me.PostAsync($"/api/notifications/inbox/{items![0].Id}/read", null)).StatusCode);
        Assert.Equal(0, (await me.GetFromJsonAsync<CountResponse>("/api/notifications/inbox/unread-count"))!.Count);
        Assert.Equal(HttpStatusCode.NotFound, (await _host.As(Guid.NewGuid()).PostAsync($"/api/notifications/inbox/{items[0].Id}/read", null)).StatusCode);
    }

    private sealed record CountResponse(int Count);

    private sealed record ItemResponse(long Id, string Title);

    public void Dispose() => _host.Dispose();
}
