using Microsoft.EntityFrameworkCore;
using Rectify.Contracts.Tasks;
using Rectify.Notifications.Model;

namespace Rectify.Services.Tests.Notifications;

/// <summary>Task events schedule, move, redirect and cancel the responsible person's reminders.</summary>
public sealed class Task_reminders : IDisposable
{
    // Sunday 1 September 2024, 10:00 in Shanghai.
    private readonly NotificationsHost _host = new(new DateTimeOffset(2024, 9, 1, 2, 0, 0, TimeSpan.Zero));

    private static DateOnly D(int y, int m, int d) => new(y, m, d);

    private static TaskSnapshot Task(Guid id, Guid unit, Guid? person, Guid? leader, DateOnly? deadline, string state = "planned",
        string kind = "time_limited") =>
        new(id, Guid.NewGuid(), Guid.NewGuid(), unit, NotificationsHost.JurisdictionPath, [], kind, state, "规范公务接待审批流程",
            leader, "李副局长", "办公室", person, "张科长", deadline, deadline, null, 1, state == "closed" ? D(2024, 9, 2) : null);

    private Task<List<Schedule>> PendingAsync(Guid task) =>
        _host.Db(db => db.Schedules.Where(s => s.SubjectId == task && s.State == ScheduleStates.Pending).ToListAsync());

    [Fact]
    public async Task A_planned_task_reminds_its_person_and_escalates_to_its_leader()
    {
        var (unit, _, _, _) = await _host.UnitWithPeopleAsync("县交通局党组");
        var person = await _host.PersonAsync(unit, "张科长", "科长");
        var leader = await _host.PersonAsync(unit, "李副局长", "副局长");
        var id = Guid.NewGuid();

        await _host.PublishAsync(new TaskPlanned(NotificationsHost.Meta(1), Task(id, unit, person, leader, D(2024, 10, 31)), null));

        var pending = await PendingAsync(id);
        Assert.Contains(pending, s => s.RecipientId == person && s.Tier == Tiers.Responsible && s.RemindOn == D(2024, 10, 11)); // 20 days before
        Assert.Contains(pending, s => s.RecipientId == leader && s.Tier == Tiers.Leader);

        _host.SetLocal(2024, 10, 11, 9, 30);
        await _host.SweepAllAsync();
        await _host.SweepAllAsync();
        Assert.Single(await _host.InboxAsync(person));
    }

    [Fact]
    public async Task A_moved_deadline_reschedules_a_reassignment_redirects_and_closing_cancels()
    {
        var (unit, _, _, _) = await _host.UnitWithPeopleAsync("县水利局党组");
        var first = await _host.PersonAsync(unit, "张科长", "科长");
        var second = await _host.PersonAsync(unit, "陈科长", "科长");
        var id = Guid.NewGuid();
        await _host.PublishAsync(new TaskPlanned(NotificationsHost.Meta(1), Task(id, unit, first, null, D(2024, 10, 31)), null));

        await _host.PublishAsync(new TaskDeadlineChanged(NotificationsHost.Meta(2), Task(id, unit, first, null, D(2024, 11, 29)) with { DeadlineVersion = 2 },
            D(2024, 10, 31), "需协调财政资金", "x", "y"));
        var moved = await PendingAsync(id);
        Assert.All(moved, s => Assert.Equal(D(2024, 11, 29), s.Deadline));

        await _host.PublishAsync(new TaskAssigned(NotificationsHost.Meta(3), Task(id, unit, second, null, D(2024, 11, 29)), null, first));
        var redirected = await PendingAsync(id);
        Assert.DoesNotContain(redirected, s => s.RecipientId == first);
        Assert.Contains(redirected, s => s.RecipientId == second);

        await _host.PublishAsync(new TaskClosed(NotificationsHost.Meta(4), Task(id, unit, second, null, D(2024, 11, 29), "closed"), null));
        Assert.Empty(await PendingAsync(id));
    }

    [Fact]
    public async Task A_sustained_task_without_a_deadline_gets_no_reminders_and_a_stale_event_changes_nothing()
    {
        var (unit, _, _, _) = await _host.UnitWithPeopleAsync("县民政局党组");
        var person = await _host.PersonAsync(unit, "张科长", "科长");
        var (sustained, later) = (Guid.NewGuid(), Guid.NewGuid());

        await _host.PublishAsync(new TaskPlanned(NotificationsHost.Meta(1), Task(sustained, unit, person, null, null, kind: "sustained"), null));
        await _host.PublishAsync(new TaskDeadlineChanged(NotificationsHost.Meta(5), Task(later, unit, person, null, D(2024, 12, 31)), null, "调整", "x", "y"));
        await _host.PublishAsync(new TaskPlanned(NotificationsHost.Meta(1), Task(later, unit, person, null, D(2024, 10, 31)), null));

        Assert.Empty(await PendingAsync(sustained));
        Assert.All(await PendingAsync(later), s => Assert.Equal(D(2024, 12, 31), s.Deadline));
    }

    public void Dispose() => _host.Dispose();
}
