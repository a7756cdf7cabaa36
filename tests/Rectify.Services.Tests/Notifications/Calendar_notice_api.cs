using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Rectify.Contracts.Notifications;
using Rectify.ServiceDefaults.Auth;
using Rectify.Services.Tests.Support;

namespace Rectify.Services.Tests.Notifications;

/// <summary>The State Council's notice pasted on the calendar page: previewed without a write, then saved as one edit.</summary>
public sealed class Calendar_notice_api : IDisposable
{
    private static readonly int Year = DateTime.UtcNow.Year + 1;
    private readonly NotificationsHost _host = new(new DateTimeOffset(Year - 1, 11, 10, 2, 0, 0, TimeSpan.Zero));

    private static readonly string Notice = $"""
        国务院办公厅关于{Year}年部分节假日安排的通知
        一、元旦：1月1日至3日放假调休，共3天。1月4日上班。
        二、国庆节：9月30日至10月7日放假调休，共8天。9月27日、10月10日上班。
        """;

    private sealed record Day(DateOnly Date, bool IsWorkingDay, string Name);

    private sealed record Parsed(int Year, List<Day> Days, List<string> Warnings);

    private string Path(string tail = "") => $"/api/notifications/calendar/{Year}/notice{tail}";

    private Task<(int Days, int Replans, int Outbox)> CountAsync() => _host.Db(async db =>
        (await db.CalendarDays.CountAsync(d => d.Date >= new DateOnly(Year, 1, 1) && d.Date <= new DateOnly(Year, 12, 31)), await db.ReplanRequests.CountAsync(), await db.OutboxMessages.CountAsync()));

    [Fact]
    public async Task A_preview_parses_and_writes_nothing()
    {
        var admin = _host.As(null, "admin|*");
        var before = await CountAsync();

        var parsed = await (await admin.PostAsJsonAsync(Path("/preview"), new { text = Notice })).Content.ReadFromJsonAsync<Parsed>();

        Assert.Equal(14, parsed!.Days.Count); // 3 + 1 on New Year, 8 + 2 on National Day
        Assert.Contains(new Day(new DateOnly(Year, 10, 10), true, "国庆节调休上班"), parsed.Days);
        Assert.Empty(parsed.Warnings);
        Assert.Equal(before, await CountAsync());
    }

    [Fact]
    public async Task Applying_sets_every_day_publishes_each_and_requests_one_replan()
    {
        var admin = _host.As(null, "admin|*");
        var before = await CountAsync();

        var response = await admin.PostAsJsonAsync(Path(), new { text = Notice });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var after = await CountAsync();
        Assert.Equal((14, before.Replans + 1), (after.Days - before.Days, after.Replans));
        var year = await admin.GetFromJsonAsync<CalendarYearRead>($"/api/notifications/calendar/{Year}");
        Assert.All(year!.Days, d => Assert.Equal("edited", d.Source));
        Assert.Contains(year.Days, d => d.Date == new DateOnly(Year, 1, 4) && d.IsWorkingDay && d.Name == "元旦调休上班");
        var published = await Eventually.HoldsAsync(
            () => Task.FromResult(_host.Harness.Published.Select<CalendarDayChanged>().Select(p => p.Context.Message).Where(m => m.Date.Year == Year).ToList()),
            list => list.Count == 14);
        Assert.Contains(published, m => m.Date == new DateOnly(Year, 9, 30) && m.IsWorkingDay == false && m.Name == "国庆节");
    }

    private sealed record CalendarYearRead(int Year, bool Seeded, List<DayRead> Days);

    private sealed record DayRead(DateOnly Date, bool IsWorkingDay, string Name, string Source);

    [Theory]
    [InlineData("/preview")]
    [InlineData("")]
    public async Task Only_an_administrator_enters_a_notice(string tail)
    {
        var office = _host.As(null, $"{RectifyRoles.InspectionOffice}|j:{NotificationsHost.JurisdictionPath}");
        var before = await CountAsync();

        Assert.Equal(HttpStatusCode.Forbidden, (await office.PostAsJsonAsync(Path(tail), new { text = Notice })).StatusCode);
        Assert.Equal(before, await CountAsync());
    }

    [Theory]
    [InlineData("/preview", "")]
    [InlineData("", "")]
    [InlineData("", "   ")]
    [InlineData("", "请各单位做好节假日值班安排。")]
    [InlineData("/preview", "一、元旦：另行通知。")]
    public async Task Text_with_no_holiday_is_a_400_naming_text_and_nothing_is_written(string tail, string text)
    {
        var admin = _host.As(null, "admin|*");
        var before = await CountAsync();

        var response = await admin.PostAsJsonAsync(Path(tail), new { text });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("\"text\"", await response.Content.ReadAsStringAsync());
        Assert.Equal(before, await CountAsync());
    }

    public void Dispose() => _host.Dispose();
}
