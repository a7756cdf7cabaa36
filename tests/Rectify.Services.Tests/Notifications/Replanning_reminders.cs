using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Rectify.Contracts.Tasks;
using Rectify.Contracts.Units;
using Rectify.Notifications.Calendar;
using Rectify.Notifications.Infrastructure;
using Rectify.Notifications.Model;
using Rectify.Notifications.Scheduling;

namespace Rectify.Services.Tests.Notifications;

/// <summary>
/// Reminders are planned weeks ahead; a calendar edit or new rules must move the ones not yet sent, and only
/// those, for the jurisdiction concerned — once, resumably, and never sending again what went out.
/// </summary>
public sealed class Replanning_reminders : IDisposable
{
    // Sunday 1 September 2024, 10:00 in Shanghai; every task is due Thursday 31 October 2024.
    private readonly NotificationsHost _host = new(new DateTimeOffset(2024, 9, 1, 2, 0, 0, TimeSpan.Zero));
    private static readonly DateOnly Deadline = new(2024, 10, 31);
    private static readonly string OtherPath = $"/{Guid.NewGuid():N}/";

    private sealed record Replan(long Id, string? JurisdictionPath, string Reason, int Total, int Done, DateTimeOffset? CompletedAt, Guid? UnitId);

    private static DateOnly D(int m, int d) => new(2024, m, d);

    private static DateTimeOffset Local(DateOnly day, int hour, int minute = 0) =>
        new(day.ToDateTime(new TimeOnly(hour, minute)), TimeSpan.FromHours(8));

    private static DateOnly LocalDay(DateTimeOffset at) => DateOnly.FromDateTime(at.ToOffset(TimeSpan.FromHours(8)).DateTime);

    private async Task<(Guid Unit, Guid Person, Guid Task)> TaskAsync(string unitName, string? path = null)
    {
        Guid unit;
        if (path is null)
            unit = await _host.UnitAsync(unitName);
        else
        {
            unit = Guid.NewGuid();
            await _host.PublishAsync(new UnitRegistered(NotificationsHost.Meta(1), unit, unitName, unitName, "党组", Guid.NewGuid(), path,
                new ContactLine(null, null, null)));
        }
        var person = await _host.PersonAsync(unit, "张科长", "科长");
        var id = Guid.NewGuid();
        var snapshot = new TaskSnapshot(id, Guid.NewGuid(), Guid.NewGuid(), unit, path ?? NotificationsHost.JurisdictionPath, [], "time_limited", "planned",
            "规范公务接待审批流程", null, null, "办公室", person, "张科长", Deadline, Deadline, null, 1, null);
        await _host.PublishAsync(new TaskPlanned(NotificationsHost.Meta(1), snapshot, null));
        return (unit, person, id);
    }

    private Task<Dictionary<string, Schedule>> PendingAsync(Guid task) =>
        _host.Db(db => db.Schedules.Where(s => s.SubjectId == task && s.State == ScheduleStates.Pending).ToDictionaryAsync(s => s.Rule));

    private Task<List<Replan>> ReplansAsync() => _host.As(null, "admin|*").GetFromJsonAsync<List<Replan>>("/api/notifications/replans")!;

    private HttpClient Office => _host.As(null, $"inspection_office|j:{NotificationsHost.JurisdictionPath}");

    [Fact]
    public async Task A_holiday_declared_later_moves_the_reminders_not_yet_sent_and_leaves_the_sent_one()
    {
        var (_, person, task) = await TaskAsync("县交通局党组");
        Assert.Equal((D(10, 24), D(10, 28)), ((await PendingAsync(task))["before-5wd"].RemindOn, (await PendingAsync(task))["before-3wd"].RemindOn));
        _host.SetLocal(2024, 10, 11, 9, 30);
        await _host.SweepAllAsync(); // the 20-day warning goes out
        var before = await PendingAsync(task);

        var admin = _host.As(null, "admin|*");
        Assert.Equal(HttpStatusCode.OK,
            (await admin.PutAsJsonAsync("/api/notifications/calendar/days/2024-10-28", new { isWorkingDay = false, name = "地方假日" })).StatusCode);
        var waiting = Assert.Single(await ReplansAsync());
        Assert.Equal(("calendar", (string?)null, 1, 0), (waiting.Reason, waiting.JurisdictionPath, waiting.Total, waiting.Done));
        await _host.ReplanAllAsync();

        var after = await PendingAsync(task);
        // Monday 28 October is no longer a working day: 3 working days before is Friday the 25th, 5 is Wednesday the 23rd.
        Assert.Equal((D(10, 23), D(10, 25), D(10, 30)), (after["before-5wd"].RemindOn, after["before-3wd"].RemindOn, after["before-1wd"].RemindOn));
        Assert.Equal(Local(D(10, 25), 9), after["before-3wd"].DueAt);
        Assert.Equal(before["before-3wd"].Id, after["before-3wd"].Id); // moved, not replaced: one row per rule and deadline
        Assert.Equal((before["overdue-1"].Id, D(11, 1)), (after["overdue-1"].Id, after["overdue-1"].RemindOn));
        var done = Assert.Single(await ReplansAsync());
        Assert.Equal((1, 1, true), (done.Total, done.Done, done.CompletedAt is not null));

        var rows = await _host.Db(db => db.Schedules.Where(s => s.SubjectId == task && s.Rule == "before-20d").ToListAsync());
        Assert.Equal(ScheduleStates.Sent, Assert.Single(rows).State);
        foreach (var day in new[] { 21, 23, 25, 28 })
        {
            _host.SetLocal(2024, 10, day, 9, 30);
            await _host.SweepAllAsync();
        }
        var inbox = await _host.InboxAsync(person);
        // 20 and 10 days before, 5 and 3 working days before, each once; nothing on the new holiday.
        Assert.Equal([D(10, 11), D(10, 21), D(10, 23), D(10, 25)], inbox.Select(i => LocalDay(i.CreatedAt)).Order());
    }

    [Fact]
    public async Task New_rules_replan_the_jurisdictions_open_deadlines_only_and_removing_them_restores_the_defaults()
    {
        var (_, _, mine) = await TaskAsync("县水利局党组");
        var (_, _, other) = await TaskAsync("市审计局党组", OtherPath);
        var closed = await TaskAsync("县林业局党组");
        await _host.PublishAsync(new TaskClosed(NotificationsHost.Meta(2), new TaskSnapshot(closed.Task, Guid.NewGuid(), Guid.NewGuid(), closed.Unit,
            NotificationsHost.JurisdictionPath, [], "time_limited", "closed", "x", null, null, "办公室", closed.Person, "张科长", Deadline, Deadline, null, 1,
            D(9, 2)), null));
        var defaults = await PendingAsync(mine);

        var rules = new ReminderRules { WorkingDaysBefore = [7], SendAt = new TimeOnly(8, 30) };
        var request = new { jurisdictionPath = NotificationsHost.JurisdictionPath, rules };
        (await Office.PutAsJsonAsync("/api/notifications/rules", request)).EnsureSuccessStatusCode();
        (await Office.PutAsJsonAsync("/api/notifications/rules", request)).EnsureSuccessStatusCode(); // unchanged: no second re-plan
        var waiting = Assert.Single(await ReplansAsync());
        Assert.Equal(("rules", NotificationsHost.JurisdictionPath, 1), (waiting.Reason, waiting.JurisdictionPath, waiting.Total));
        await _host.ReplanAllAsync();

        var replanned = await PendingAsync(mine);
        Assert.Equal(D(10, 22), replanned["before-7wd"].RemindOn);
        Assert.DoesNotContain("before-5wd", replanned.Keys);
        Assert.DoesNotContain("before-1wd", replanned.Keys);
        Assert.Equal(Local(Deadline, 8, 30), replanned["due"].DueAt);
        Assert.Equal(defaults["due"].Id, replanned["due"].Id);
        var untouched = await PendingAsync(other);
        Assert.Equal(Local(D(10, 24), 9), untouched["before-5wd"].DueAt);
        Assert.DoesNotContain("before-7wd", untouched.Keys);
        Assert.Empty(await PendingAsync(closed.Task));

        Assert.Equal(HttpStatusCode.NoContent,
            (await Office.DeleteAsync($"/api/notifications/rules?jurisdictionPath={Uri.EscapeDataString(NotificationsHost.JurisdictionPath)}")).StatusCode);
        await _host.ReplanAllAsync();
        var restored = await PendingAsync(mine);
        Assert.Equal(defaults.Keys.Order(), restored.Keys.Order());
        Assert.Equal(defaults["before-5wd"].Id, restored["before-5wd"].Id); // the cancelled row comes back, no second one
        Assert.Equal(Local(Deadline, 9), restored["due"].DueAt);
        Assert.All(await ReplansAsync(), r => Assert.NotNull(r.CompletedAt));
    }

    [Fact]
    public async Task A_unit_moved_into_a_jurisdiction_with_its_own_rules_has_its_reminders_replanned_under_them()
    {
        (await Office.PutAsJsonAsync("/api/notifications/rules", new { jurisdictionPath = NotificationsHost.JurisdictionPath, rules = new ReminderRules { WorkingDaysBefore = [7] } }))
            .EnsureSuccessStatusCode();
        await _host.ReplanAllAsync();
        var (unit, _, task) = await TaskAsync("市审计局党组", OtherPath);
        var stayed = await TaskAsync("市统计局党组", OtherPath);
        Assert.Contains("before-5wd", (await PendingAsync(task)).Keys);

        // Renamed only: nothing to re-plan.
        await _host.PublishAsync(new UnitUpdated(NotificationsHost.Meta(2), unit, "中共市审计局党组", "市审计局", "党组", Guid.NewGuid(), OtherPath,
            new ContactLine(null, null, null)));
        Assert.DoesNotContain(await ReplansAsync(), r => r.Reason == "unit-moved");

        await _host.PublishAsync(new UnitUpdated(NotificationsHost.Meta(3), unit, "中共市审计局党组", "市审计局", "党组", Guid.NewGuid(),
            NotificationsHost.JurisdictionPath, new ContactLine(null, null, null)));
        var waiting = Assert.Single(await ReplansAsync(), r => r.Reason == "unit-moved");
        Assert.Equal((unit, NotificationsHost.JurisdictionPath, 1, 0), (waiting.UnitId, waiting.JurisdictionPath, waiting.Total, waiting.Done));
        await _host.ReplanAllAsync();

        var moved = await PendingAsync(task);
        Assert.Equal(D(10, 22), moved["before-7wd"].RemindOn);
        Assert.DoesNotContain("before-5wd", moved.Keys);
        Assert.Contains("before-5wd", (await PendingAsync(stayed.Task)).Keys);
        var done = Assert.Single(await ReplansAsync(), r => r.Reason == "unit-moved");
        Assert.Equal((1, true), (done.Done, done.CompletedAt is not null));
    }

    [Fact]
    public async Task A_replan_resumes_where_it_stopped_and_another_instance_takes_it_over_only_once_the_claim_expires()
    {
        var tasks = new List<Guid>();
        for (var i = 0; i < 3; i++)
            tasks.Add((await TaskAsync($"县{i}局党组")).Task);
        (await Office.PutAsJsonAsync("/api/notifications/rules", new { jurisdictionPath = NotificationsHost.JurisdictionPath, rules = new ReminderRules { WorkingDaysBefore = [7] } }))
            .EnsureSuccessStatusCode();

        Assert.True(await PageAsync("first"));
        Assert.Equal(2, Assert.Single(await ReplansAsync()).Done);
        // "first" stops here (a crash): its claim holds the request for two minutes.
        Assert.False(await PageAsync("second"));
        _host.Clock.Advance(TimeSpan.FromMinutes(3));
        Assert.True(await PageAsync("second"));
        Assert.False(await PageAsync("second"));

        var replan = Assert.Single(await ReplansAsync());
        Assert.Equal((3, 3, true), (replan.Total, replan.Done, replan.CompletedAt is not null));
        foreach (var task in tasks)
            Assert.Contains("before-7wd", (await PendingAsync(task)).Keys);
    }

    [Fact]
    public async Task Rules_with_a_bad_report_reminder_day_are_refused_with_nothing_written()
    {
        var rules = new ReminderRules { ReportPeriodWorkingDaysBefore = [0] };
        var response = await Office.PutAsJsonAsync("/api/notifications/rules", new { jurisdictionPath = NotificationsHost.JurisdictionPath, rules });
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal((0, 0), await _host.Db(async db => (await db.RulePolicies.CountAsync(), await db.ReplanRequests.CountAsync())));
    }

    private async Task<bool> PageAsync(string holder)
    {
        using var scope = _host.Services.CreateScope();
        var services = scope.ServiceProvider;
        var replanner = new Replanner(services.GetRequiredService<NotificationsDbContext>(), services.GetRequiredService<Scheduler>(),
            services.GetRequiredService<CalendarStore>(), _host.Clock) { PageSize = 2 };
        return await replanner.RunPageAsync(holder, CancellationToken.None);
    }

    public void Dispose() => _host.Dispose();
}
