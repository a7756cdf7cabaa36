using System.Net;
using System.Net.Http.Json;
using Rectify.ServiceDefaults.Auth;

namespace Rectify.Services.Tests.Notifications;

/// <summary>The calendar is seeded from the notices, readable by anyone signed in, editable by administrators only.</summary>
public sealed class Calendar_api : IDisposable
{
    private readonly NotificationsHost _host = new(new DateTimeOffset(2024, 9, 1, 2, 0, 0, TimeSpan.Zero));

    private sealed record Day(DateOnly Date, bool IsWorkingDay, string Name, string Source);

    private sealed record Year(int Number, bool Seeded, List<Day> Days);

    private sealed record Added(DateOnly From, int Days, DateOnly Result);

    [Fact]
    public async Task Seeded_viewed_and_edited()
    {
        var viewer = _host.As(null, $"{RectifyRoles.Viewer}|u:{Guid.NewGuid()}");
        var year = await viewer.GetFromJsonAsync<Year>("/api/notifications/calendar/2024");
        Assert.True(year!.Seeded);
        Assert.Contains(year.Days, d => d.Date == new DateOnly(2024, 10, 12) && d.IsWorkingDay && d.Source == "seed");
        Assert.Equal(new DateOnly(2024, 10, 8), (await viewer.GetFromJsonAsync<Added>("/api/notifications/calendar/working-days?from=2024-09-30&days=1"))!.Result);

        Assert.Equal(HttpStatusCode.Forbidden,
            (await viewer.PutAsJsonAsync("/api/notifications/calendar/days/2024-10-08", new { isWorkingDay = false, name = "地方假日" })).StatusCode);
        var admin = _host.As(null, "admin|*");
        Assert.Equal(HttpStatusCode.OK,
            (await admin.PutAsJsonAsync("/api/notifications/calendar/days/2024-10-08", new { isWorkingDay = false, name = "地方假日" })).StatusCode);
        Assert.Equal(new DateOnly(2024, 10, 9), (await viewer.GetFromJsonAsync<Added>("/api/notifications/calendar/working-days?from=2024-09-30&days=1"))!.Result);
        Assert.Equal(HttpStatusCode.BadRequest,
            (await admin.PutAsJsonAsync("/api/notifications/calendar/days/8-10-2024", new { isWorkingDay = false, name = "x" })).StatusCode);
    }

    [Theory]
    [InlineData("GET", "/api/notifications/calendar/0", "year")]
    [InlineData("GET", "/api/notifications/calendar/99999", "year")]
    [InlineData("GET", "/api/notifications/calendar/-1", "year")]
    [InlineData("GET", "/api/notifications/calendar/working-days?from=9999-12-30&days=5", "from")]
    [InlineData("GET", "/api/notifications/calendar/working-days?from=0001-01-01&days=-5", "from")]
    [InlineData("PUT", "/api/notifications/calendar/days/9999-12-31", "date")]
    [InlineData("DELETE", "/api/notifications/calendar/days/0001-01-01", "date")]
    public async Task A_date_outside_the_calendars_years_is_a_400_naming_it(string method, string path, string field)
    {
        var admin = _host.As(null, "admin|*");
        var request = new HttpRequestMessage(new HttpMethod(method), path)
        {
            Content = method == "PUT" ? JsonContent.Create(new { isWorkingDay = false, name = "x" }) : null,
        };

        var response = await admin.SendAsync(request);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains($"\"{field}\"", await response.Content.ReadAsStringAsync());
    }

    public void Dispose() => _host.Dispose();
}
