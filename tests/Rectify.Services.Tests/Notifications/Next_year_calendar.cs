using System.Net.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using Rectify.Notifications.Model;
using Rectify.Notifications.Sending;
using Rectify.ServiceDefaults.Time;

namespace Rectify.Services.Tests.Notifications;

/// <summary>"Is next year's calendar entered?" — a warning from 1 November (Asia/Shanghai) until it is, on the API and in the digest.</summary>
public sealed class Next_year_calendar : IDisposable
{
    // A year whose next one the built-in data does not hold (it ends with 2026).
    private static readonly int Year = Math.Max(DateTime.UtcNow.Year + 1, HolidayResource.Load().Max(e => e.Year));
    private readonly NotificationsHost _host = new(new DateTimeOffset(Year, 10, 31, 23, 59, 0, TimeSpan.FromHours(8)));

    private sealed record Status(int Year, bool Entered, bool Warn);

    private Task<Status?> StatusAsync() => _host.As(null, "admin|*").GetFromJsonAsync<Status>("/api/notifications/calendar/next-year-status");

    [Fact]
    public async Task Warns_from_the_first_of_November_in_Shanghai_until_a_holiday_of_next_year_is_entered()
    {
        Assert.Equal(new Status(Year + 1, false, false), await StatusAsync());

        _host.Clock.Advance(TimeSpan.FromMinutes(1)); // 00:00 on 1 November in Shanghai, still 31 October in UTC
        Assert.Equal(new Status(Year + 1, false, true), await StatusAsync());

        var admin = _host.As(null, "admin|*");
        (await admin.PutAsJsonAsync($"/api/notifications/calendar/days/{Year + 1}-01-04", new { isWorkingDay = true, name = "元旦调休上班" })).EnsureSuccessStatusCode();
        Assert.Equal(new Status(Year + 1, false, true), await StatusAsync()); // a make-up working day alone is no holiday

        (await admin.PutAsJsonAsync($"/api/notifications/calendar/days/{Year + 1}-01-01", new { isWorkingDay = false, name = "元旦" })).EnsureSuccessStatusCode();
        Assert.Equal(new Status(Year + 1, true, false), await StatusAsync());
    }

    [Fact]
    public async Task A_year_the_built_in_data_holds_is_entered()
    {
        var last = HolidayResource.Load().Max(e => e.Year);
        _host.SetLocal(last - 1, 12, 1, 9);

        Assert.Equal(new Status(last, true, false), await StatusAsync());
    }

    [Fact]
    public async Task The_coordinators_digest_says_so_from_November()
    {
        var unit = await _host.UnitAsync("县财政局党组");
        var before = await DigestAsync(unit);
        _host.Clock.Advance(TimeSpan.FromMinutes(1));
        var after = await DigestAsync(unit);

        Assert.DoesNotContain("节假日安排尚未录入", before);
        Assert.Contains($"注：{Year + 1}年节假日安排尚未录入", after);
    }

    private async Task<string> DigestAsync(Guid unit)
    {
        using var scope = _host.Services.CreateScope();
        var schedule = new Schedule
        {
            SubjectKind = WeeklyDigest.SubjectKind, SubjectId = unit, UnitId = unit, Rule = WeeklyDigest.Rule, Tier = WeeklyDigest.CoordinatorTier,
            State = ScheduleStates.Pending, RecipientId = Guid.NewGuid(), Deadline = _host.Clock.Today(),
        };
        var message = await scope.ServiceProvider.GetRequiredService<DigestComposer>().ComposeAsync(schedule, "县财政局党组", null, firstVisit: false, CancellationToken.None);
        return message!.Text;
    }

    public void Dispose() => _host.Dispose();
}
