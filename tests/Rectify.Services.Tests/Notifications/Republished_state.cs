using Microsoft.EntityFrameworkCore;
using Rectify.Contracts.Findings;
using Rectify.Contracts.Tasks;
using Rectify.Contracts.Units;
using Rectify.Notifications.Model;

namespace Rectify.Services.Tests.Notifications;

/// <summary>
/// What the owning services republish for a reporting rebuild also reaches notifications: new event ids, current
/// versions (version 1 for FeedbackDelivered). None of it may move, repeat or reopen a reminder.
/// </summary>
public sealed class Republished_state : IDisposable
{
    // Sunday 1 September 2024, 10:00 in Shanghai.
    private readonly NotificationsHost _host = new(new DateTimeOffset(2024, 9, 1, 2, 0, 0, TimeSpan.Zero));

    public void Dispose() => _host.Dispose();

    private static DateOnly D(int y, int m, int d) => new(y, m, d);

    private Task<List<(long, string, Guid, DateOnly)>> SchedulesAsync(Guid unit) =>
        _host.Db(async db => (await db.Schedules.AsNoTracking().Where(s => s.UnitId == unit).OrderBy(s => s.Id).ToListAsync())
            .Select(s => (s.Id, s.State, s.RecipientId, s.RemindOn)).ToList());

    [Fact]
    public async Task A_republished_task_and_person_at_their_current_versions_change_no_reminder()
    {
        var (unit, _, _, _) = await _host.UnitWithPeopleAsync("县交通局党组");
        var first = await _host.PersonAsync(unit, "张科长", "科长");
        var second = await _host.PersonAsync(unit, "陈科长", "科长");
        var id = Guid.NewGuid();
        TaskSnapshot Task(Guid person) => new(id, Guid.NewGuid(), Guid.NewGuid(), unit, NotificationsHost.JurisdictionPath, [], "time_limited", "planned",
            "规范公务接待审批流程", null, null, "办公室", person, "陈科长", D(2024, 10, 31), D(2024, 10, 31), null, 1, null);
        await _host.PublishAsync(new TaskPlanned(NotificationsHost.Meta(1), Task(first), null));
        await _host.PublishAsync(new TaskAssigned(NotificationsHost.Meta(2), Task(second), null, first));
        _host.SetLocal(2024, 10, 11, 9, 30);
        await _host.SweepAllAsync();
        var before = await SchedulesAsync(unit);
        var inbox = (await _host.InboxAsync(second)).Count;
        Assert.Contains(before, s => s.Item2 == ScheduleStates.Pending);
        Assert.Equal(1, inbox);

        await _host.PublishAsync(new TaskPlanned(NotificationsHost.Meta(2), Task(second), null));
        await _host.PublishAsync(new PersonRegistered(NotificationsHost.Meta(1), second, unit, null, "陈科长", "科长", new ContactChannels(null, null, null, null)));
        await _host.SweepAllAsync();

        Assert.Equal(before, await SchedulesAsync(unit));
        Assert.Equal(inbox, (await _host.InboxAsync(second)).Count);
    }

    [Fact]
    public async Task A_closed_inspections_republished_feedback_and_closing_reopen_nothing()
    {
        var (unit, _, _, _) = await _host.UnitWithPeopleAsync("县水利局党组");
        var inspection = Guid.NewGuid();
        await _host.PublishAsync(new FeedbackDelivered(NotificationsHost.Meta(2), inspection, unit, D(2024, 9, 1)));
        await _host.PublishAsync(NotificationsHost.DueDates(inspection, unit, 3, D(2024, 9, 1), D(2024, 10, 10), D(2024, 11, 29), D(2024, 12, 30)));
        Assert.Contains(await SchedulesAsync(unit), s => s.Item2 == ScheduleStates.Pending);
        await _host.PublishAsync(new InspectionClosed(NotificationsHost.Meta(7), inspection, unit, D(2024, 9, 20)));
        var before = await SchedulesAsync(unit);
        Assert.DoesNotContain(before, s => s.Item2 == ScheduleStates.Pending);

        // The inspection's version moved on after closing (a clue counted): the replay carries 8.
        await _host.PublishAsync(new FeedbackDelivered(NotificationsHost.Meta(1), inspection, unit, D(2024, 9, 1)));
        await _host.PublishAsync(new InspectionClosed(NotificationsHost.Meta(8), inspection, unit, D(2024, 9, 20)));
        await _host.SweepAllAsync();

        Assert.Equal(before, await SchedulesAsync(unit));
    }
}
