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

    private const string Notice = "一、元旦：1月1日（周五）至3日（周日）放假调休，共3天。\n二、国庆节：9月30日至10月7日放假。9月27日、10月10日上班。";

    private static readonly string Parsed = """
        {"year":2024,"days":[
          {"date":"2024-01-01","isWorkingDay":false,"name":"元旦"},
          {"date":"2024-09-27","isWorkingDay":true,"name":"国庆节调休上班"}],
         "warnings":["元旦: 2023-12-31 is not in 2024."]}
        """;

    [Fact]
    public async Task A_pasted_notice_is_previewed_and_saved_on_confirmation()
    {
        using var factory = new WebUiFactory();
        factory.Gateway.Serve()
            .On("POST /api/notifications/calendar/2024/notice/preview", (_, _) => FakeGateway.Json(HttpStatusCode.OK, Parsed))
            .On("POST /api/notifications/calendar/2024/notice", (_, _) => FakeGateway.Json(HttpStatusCode.OK, Parsed));
        var browser = await PagesTests.SignedInAsync(factory);

        var preview = await WebUiFactory.TextAsync(await Forms.PostAsync(browser, Url, "preview-calendar-notice", new() { ["Input.Text"] = Notice }));

        Assert.Contains("识别出 2 天，请核对", preview);
        Assert.Contains("<td>国庆节调休上班</td>", preview);
        Assert.Contains("2023-12-31 is not in 2024.", preview);
        Assert.Contains("value=\"apply-calendar-notice\"", preview);
        Assert.Contains("确认保存全部 2 天", preview);
        var sent = Assert.Single(factory.Gateway.Writes);
        Assert.Equal(("POST", "/api/notifications/calendar/2024/notice/preview"), (sent.Method, sent.Path));
        Assert.Equal(Notice, JsonDocument.Parse(sent.Body!).RootElement.GetProperty("text").GetString());

        var confirmed = await Forms.PostAsync(browser, Url, "apply-calendar-notice", new() { ["Confirm.Text"] = Notice });

        Assert.Equal(HttpStatusCode.Redirect, confirmed.StatusCode);
        Assert.Equal("/notifications/calendar?year=2024&entered=2", confirmed.Headers.Location!.PathAndQuery);
        var apply = factory.Gateway.Writes.Last();
        Assert.Equal(("POST", "/api/notifications/calendar/2024/notice"), (apply.Method, apply.Path));
        Assert.Equal(Notice, JsonDocument.Parse(apply.Body!).RootElement.GetProperty("text").GetString());
        Assert.Contains("已按通知录入 2 天。", await WebUiFactory.TextAsync(await browser.GetAsync("/notifications/calendar?year=2024&entered=2")));
    }

    [Fact]
    public async Task The_preview_form_carries_the_pasted_text_into_the_confirmation()
    {
        using var factory = new WebUiFactory();
        factory.Gateway.Serve().On("POST /api/notifications/calendar/2024/notice/preview", (_, _) => FakeGateway.Json(HttpStatusCode.OK, Parsed));
        var browser = await PagesTests.SignedInAsync(factory);

        var preview = await WebUiFactory.TextAsync(await Forms.PostAsync(browser, Url, "preview-calendar-notice", new() { ["Input.Text"] = Notice }));

        Assert.Matches("<textarea name=\"Confirm.Text\" hidden>[^<]*9月27日、10月10日上班。</textarea>", preview);
    }

    [Fact]
    public async Task Text_the_service_cannot_read_stays_in_the_form_with_its_error_and_an_empty_text_is_not_sent()
    {
        using var factory = new WebUiFactory();
        factory.Gateway.Serve().On("POST /api/notifications/calendar/2024/notice/preview", (_, _) => FakeGateway.Json(HttpStatusCode.BadRequest,
            """{"title":"One or more validation errors occurred.","status":400,"errors":{"text":["No holiday found: paste the notice's items."]}}"""));
        var browser = await PagesTests.SignedInAsync(factory);

        var empty = await WebUiFactory.TextAsync(await Forms.PostAsync(browser, Url, "preview-calendar-notice", new() { ["Input.Text"] = "  " }));
        var refused = await WebUiFactory.TextAsync(await Forms.PostAsync(browser, Url, "preview-calendar-notice", new() { ["Input.Text"] = "请做好值班" }));

        Assert.Contains("请填写通知全文", empty);
        Assert.Contains("No holiday found", refused);
        Assert.Contains("请做好值班</textarea>", refused);
        Assert.DoesNotContain("apply-calendar-notice", refused);
        Assert.Single(factory.Gateway.Writes);
    }

    [Fact]
    public async Task A_refused_save_goes_back_to_the_text_with_the_error()
    {
        using var factory = new WebUiFactory();
        factory.Gateway.Serve().On("POST /api/notifications/calendar/2024/notice", (_, _) => FakeGateway.Json(HttpStatusCode.BadRequest,
            """{"title":"One or more validation errors occurred.","status":400,"errors":{"text":["No holiday found: paste the notice's items."]}}"""));
        var browser = await PagesTests.SignedInAsync(factory);

        var refused = await WebUiFactory.TextAsync(await Forms.PostAsync(browser, Url, "apply-calendar-notice", new() { ["Confirm.Text"] = "请做好值班" }));

        Assert.Contains("No holiday found", refused);
        Assert.Contains("请做好值班</textarea>", refused);
        Assert.DoesNotContain("确认保存全部", refused);
    }

    [Fact]
    public async Task Non_administrators_have_no_quick_entry()
    {
        using var factory = new WebUiFactory();
        factory.Gateway.Serve("inspection_office");
        var browser = await PagesTests.SignedInAsync(factory);

        Assert.DoesNotContain("preview-calendar-notice", await WebUiFactory.TextAsync(await browser.GetAsync(Url)));
    }
}
