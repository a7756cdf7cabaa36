using System.Net;
using System.Text.Json;

namespace Rectify.Web.Tests;

public class NotificationCalendarTests
{
    private const string Url = "/notifications/calendar?year=2024";

    [Fact]
    public async Task The_year_lists_holidays_and_make_up_days_with_a_year_switcher()
    {
        using var factory = new WebUiFactory();
        factory.Gateway.Serve();
        var browser = await PagesTests.SignedInAsync(factory);

        var text = await WebUiFactory.TextAsync(await browser.GetAsync(Url));

        Assert.Contains("<td>2024-09-29</td>", text);
        Assert.Contains("<td>星期日</td>", text);
        Assert.Contains("调休上班", text);
        Assert.Contains("<td>国庆节</td>", text);
        Assert.Contains("管理员修改", text);
        Assert.Contains("href=\"notifications/calendar?year=2023\"", text);
        Assert.Contains("href=\"notifications/calendar?year=2025\"", text);
        Assert.Contains("value=\"remove-2024-10-01\"", text);
        Assert.Contains("value=\"set-calendar-day\"", text);
    }

    [Fact]
    public async Task Non_administrators_read_the_calendar_only()
    {
        using var factory = new WebUiFactory();
        factory.Gateway.Serve("inspection_office");
        var browser = await PagesTests.SignedInAsync(factory);

        var text = await WebUiFactory.TextAsync(await browser.GetAsync(Url));

        Assert.Contains("<td>国庆节</td>", text);
        Assert.DoesNotContain("remove-2024-10-01", text);
        Assert.DoesNotContain("set-calendar-day", text);
    }

    [Fact]
    public async Task Marking_a_date_puts_it_with_its_kind_and_name()
    {
        using var factory = new WebUiFactory();
        factory.Gateway.Serve().On("PUT /api/notifications/calendar/days/2025-10-11", (_, _) => FakeGateway.Json(HttpStatusCode.OK, "{}"));
        var browser = await PagesTests.SignedInAsync(factory);

        var response = await Forms.PostAsync(browser, Url, "set-calendar-day", new()
        {
            ["Input.Date"] = "2025-10-11", ["Input.Kind"] = "working", ["Input.Name"] = " 国庆节调休 ",
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/notifications/calendar?year=2025&saved=2025-10-11", response.Headers.Location!.PathAndQuery);
        var put = Assert.Single(factory.Gateway.Writes);
        Assert.Equal("PUT", put.Method);
        var sent = JsonDocument.Parse(put.Body!).RootElement;
        Assert.True(sent.GetProperty("isWorkingDay").GetBoolean());
        Assert.Equal("国庆节调休", sent.GetProperty("name").GetString());
    }

    [Fact]
    public async Task A_date_without_a_name_is_refused_and_an_API_error_lands_on_its_field()
    {
        using var factory = new WebUiFactory();
        factory.Gateway.Serve().On("PUT /api/notifications/calendar/days/2024-10-08", (_, _) => FakeGateway.Json(HttpStatusCode.BadRequest,
            """{"title":"One or more validation errors occurred.","status":400,"errors":{"Name":["The field Name must be a string with a maximum length of 100."]}}"""));
        var browser = await PagesTests.SignedInAsync(factory);

        var missing = await WebUiFactory.TextAsync(await Forms.PostAsync(browser, Url, "set-calendar-day", new() { ["Input.Date"] = "2024-10-08" }));
        var refused = await WebUiFactory.TextAsync(await Forms.PostAsync(browser, Url, "set-calendar-day", new()
        {
            ["Input.Date"] = "2024-10-08", ["Input.Kind"] = "holiday", ["Input.Name"] = "很长的名称",
        }));

        Assert.Contains("请填写名称", missing);
        Assert.Contains("value=\"2024-10-08\"", missing);
        Assert.Contains("maximum length of 100", refused);
        Assert.Contains("value=\"很长的名称\"", refused);
        Assert.Single(factory.Gateway.Writes);
    }

    [Fact]
    public async Task Removing_an_override_deletes_the_day()
    {
        using var factory = new WebUiFactory();
        factory.Gateway.Serve().On("DELETE /api/notifications/calendar/days/2024-10-12", (_, _) => new HttpResponseMessage(HttpStatusCode.NoContent));
        var browser = await PagesTests.SignedInAsync(factory);

        var response = await Forms.PostAsync(browser, Url, "remove-2024-10-12", []);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/notifications/calendar?year=2024&saved=2024-10-12", response.Headers.Location!.PathAndQuery);
        var delete = Assert.Single(factory.Gateway.Writes);
        Assert.Equal(("DELETE", "/api/notifications/calendar/days/2024-10-12"), (delete.Method, delete.Path));
    }
}
