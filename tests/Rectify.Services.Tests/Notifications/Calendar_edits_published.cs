using System.Net.Http.Json;
using Rectify.Contracts.Notifications;
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

    public void Dispose() => _host.Dispose();
}
