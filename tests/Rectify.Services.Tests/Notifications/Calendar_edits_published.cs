using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Rectify.Contracts;
using Rectify.Contracts.Notifications;
using Rectify.Contracts.Reporting;
using Rectify.Services.Tests.Support;

namespace Rectify.Services.Tests.Notifications;

/// <summary>An administrator's calendar edit leaves through the outbox, for the services whose lights count working days.</summary>
public sealed class Calendar_edits_published : IDisposable
{
    private readonly NotificationsHost _host = new(new DateTimeOffset(2024, 9, 1, 2, 0, 0, TimeSpan.Zero));

    [Fact]
    public async Task Setting_and_removing_a_day_each_publish_the_day_as_it_now_is()
    {
        var admin = _host.As(null, "admin|*");
        (await admin.PutAsJsonAsync("/api/notifications/calendar/days/2024-10-08", new { isWorkingDay = false, name = "地方假日" })).EnsureSuccessStatusCode();
        _host.Clock.Advance(TimeSpan.FromMinutes(1));
        (await admin.DeleteAsync("/api/notifications/calendar/days/2024-10-08")).EnsureSuccessStatusCode();

        var published = await Eventually.HoldsAsync(
            () => Task.FromResult(_host.Harness.Published.Select<CalendarDayChanged>().Select(p => p.Context.Message)
                .Where(m => m.Date == new DateOnly(2024, 10, 8)).OrderBy(m => m.Meta.Version).ToList()),
            list => list.Count == 2);

        Assert.Equal([(false, "地方假日"), (null, null)], published.Select(m => (m.IsWorkingDay, m.Name)));
        Assert.True(published[1].Meta.Version > published[0].Meta.Version);
    }

    [Fact]
    public async Task A_refused_edit_publishes_nothing()
    {
        var viewer = _host.As(null, $"viewer|u:{Guid.NewGuid()}");
        await viewer.PutAsJsonAsync("/api/notifications/calendar/days/2024-10-09", new { isWorkingDay = false, name = "x" });
        var admin = _host.As(null, "admin|*");
        (await admin.PutAsJsonAsync("/api/notifications/calendar/days/2024-10-10", new { isWorkingDay = false, name = "y" })).EnsureSuccessStatusCode();

        await Eventually.HoldsAsync(() => Task.FromResult(_host.Harness.Published.Select<CalendarDayChanged>().Any(p => p.Context.Message.Date.Day == 10)), seen => seen);
        Assert.DoesNotContain(_host.Harness.Published.Select<CalendarDayChanged>(), p => p.Context.Message.Date == new DateOnly(2024, 10, 9));
    }

    [Fact]
    public async Task A_rebuild_request_sends_every_edit_again_at_the_version_it_first_went_out_with()
    {
        var admin = _host.As(null, "admin|*");
        async Task Edit(Func<Task<HttpResponseMessage>> call)
        {
            (await call()).EnsureSuccessStatusCode();
            _host.Clock.Advance(TimeSpan.FromMinutes(1));
        }
        await admin.GetAsync("/api/notifications/calendar/working-days?from=2024-09-30&days=5"); // the State Council days are stored on first use
        await Edit(() => admin.PutAsJsonAsync("/api/notifications/calendar/days/2024-10-08", new { isWorkingDay = false, name = "地方假日" }));
        await Edit(() => admin.DeleteAsync("/api/notifications/calendar/days/2024-10-12")); // a State Council make-up day, removed
        await Edit(() => admin.PutAsJsonAsync("/api/notifications/calendar/days/2024-10-09", new { isWorkingDay = false, name = "x" }));
        await Edit(() => admin.DeleteAsync("/api/notifications/calendar/days/2024-10-09"));
        await Edit(() => admin.PutAsJsonAsync("/api/notifications/calendar/days/2024-10-09", new { isWorkingDay = false, name = "防汛" }));
        var edits = await PublishedAsync(list => list.Count == 5);
        var latest = edits.GroupBy(m => m.Date).ToDictionary(g => g.Key, g => g.MaxBy(m => m.Meta.Version)!);

        var request = new ReadModelRebuildRequested(EventMeta.New(1, "admin-1", _host.Clock.GetUtcNow()), Guid.NewGuid());
        await _host.Harness.Bus.Publish(request);
        var answer = (await Eventually.HoldsAsync(
            () => Task.FromResult(_host.Harness.Published.Select<ReadModelStateRepublished>().Select(p => p.Context.Message).ToList()),
            list => list.Count == 1)).Single();
        Assert.Equal((request.RequestId, "notifications", 3), (answer.RequestId, answer.Service, answer.Count));

        var again = (await PublishedAsync(list => list.Count == 8)).Where(m => edits.All(e => e.Meta.EventId != m.Meta.EventId)).OrderBy(m => m.Date).ToList();
        Assert.Equal(
            [(new DateOnly(2024, 10, 8), false, "地方假日"), (new DateOnly(2024, 10, 9), false, "防汛"), (new DateOnly(2024, 10, 12), (bool?)null, (string?)null)],
            again.Select(m => (m.Date, m.IsWorkingDay, m.Name)));
        Assert.All(again, m => Assert.Equal(latest[m.Date].Meta.Version, m.Meta.Version));

        // Delivered twice, the request sends nothing more.
        await _host.Harness.Bus.Publish(request);
        await _host.Harness.RedeliveredAsync(request);
        Assert.Equal(1, await _host.Db(db => db.OutboxMessages.CountAsync(m => m.MessageType.EndsWith("." + nameof(ReadModelStateRepublished)))));
        Assert.Equal(8, await _host.Db(db => db.OutboxMessages.CountAsync(m => m.MessageType.EndsWith("." + nameof(CalendarDayChanged)))));
    }

    private Task<List<CalendarDayChanged>> PublishedAsync(Func<List<CalendarDayChanged>, bool> until) =>
        Eventually.HoldsAsync(() => Task.FromResult(_host.Harness.Published.Select<CalendarDayChanged>().Select(p => p.Context.Message).ToList()), until);

    public void Dispose() => _host.Dispose();
}
