using System.Net;
using System.Text.Json;

namespace Rectify.Web.Tests;

public class NotificationSettingsTests
{
    private const string Url = "/notifications/preferences";
    private const string Form = "notification-preferences";

    [Fact]
    public async Task Settings_show_the_channels_and_leave_default_quiet_hours_empty()
    {
        using var factory = new WebUiFactory();
        factory.Gateway.Serve();
        var browser = await PagesTests.SignedInAsync(factory);

        var text = await WebUiFactory.TextAsync(await browser.GetAsync(Url));

        Assert.Contains("电子邮件", text);
        Assert.Contains("name=\"Input.Email\" class=\"valid\" checked", text);
        Assert.Contains("name=\"Input.Webhook\" class=\"valid\" value=\"True\"", text);
        Assert.Contains("当前使用默认时段：22:00–07:00。", text);
        Assert.DoesNotContain("value=\"22:00\"", text);
    }

    [Fact]
    public async Task Saving_puts_the_channels_and_quiet_hours()
    {
        using var factory = new WebUiFactory();
        factory.Gateway.Serve().On("PUT /api/notifications/preferences", (_, _) => FakeGateway.Json(HttpStatusCode.OK,
            """{"email":false,"inbox":true,"webhook":true,"quietStart":"21:30","quietEnd":"08:00","defaultQuietHours":false}"""));
        var browser = await PagesTests.SignedInAsync(factory);

        var response = await Forms.PostAsync(browser, Url, Form, new()
        {
            ["Input.Inbox"] = "true", ["Input.Webhook"] = "true", ["Input.QuietStart"] = "21:30", ["Input.QuietEnd"] = "08:00",
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/notifications/preferences?saved=true", response.Headers.Location!.PathAndQuery);
        var sent = JsonDocument.Parse(Assert.Single(factory.Gateway.Writes).Body!).RootElement;
        Assert.False(sent.GetProperty("email").GetBoolean());
        Assert.True(sent.GetProperty("inbox").GetBoolean());
        Assert.True(sent.GetProperty("webhook").GetBoolean());
        Assert.Equal("21:30", sent.GetProperty("quietStart").GetString());
        Assert.Equal("08:00", sent.GetProperty("quietEnd").GetString());
    }

    [Fact]
    public async Task Empty_quiet_hours_are_sent_as_neither()
    {
        using var factory = new WebUiFactory();
        factory.Gateway.Serve().On("PUT /api/notifications/preferences", (_, _) => FakeGateway.Json(HttpStatusCode.OK, "{}"));
        var browser = await PagesTests.SignedInAsync(factory);

        await Forms.PostAsync(browser, Url, Form, new() { ["Input.Email"] = "true", ["Input.QuietStart"] = "", ["Input.QuietEnd"] = "" });

        var sent = JsonDocument.Parse(Assert.Single(factory.Gateway.Writes).Body!).RootElement;
        Assert.Equal(JsonValueKind.Null, sent.GetProperty("quietStart").ValueKind);
        Assert.Equal(JsonValueKind.Null, sent.GetProperty("quietEnd").ValueKind);
    }

    [Fact]
    public async Task One_end_of_the_quiet_hours_is_refused_before_the_API()
    {
        using var factory = new WebUiFactory();
        factory.Gateway.Serve();
        var browser = await PagesTests.SignedInAsync(factory);

        var text = await WebUiFactory.TextAsync(await Forms.PostAsync(browser, Url, Form, new() { ["Input.QuietStart"] = "22:30" }));

        Assert.Contains("请同时填写开始和结束时间，或都留空。", text);
        Assert.Contains("value=\"22:30\"", text);
        Assert.Empty(factory.Gateway.Writes);
    }

    [Fact]
    public async Task API_field_errors_appear_next_to_the_field_with_the_typed_values_kept()
    {
        using var factory = new WebUiFactory();
        factory.Gateway.Serve().On("PUT /api/notifications/preferences", (_, _) => FakeGateway.Json(HttpStatusCode.BadRequest,
            """{"title":"One or more validation errors occurred.","status":400,"errors":{"QuietStart":["A time looks like 22:00."]}}"""));
        var browser = await PagesTests.SignedInAsync(factory);

        var text = await WebUiFactory.TextAsync(await Forms.PostAsync(browser, Url, Form, new()
        {
            ["Input.Webhook"] = "true", ["Input.QuietStart"] = "25:00", ["Input.QuietEnd"] = "07:00",
        }));

        var field = text.IndexOf("id=\"quiet-start\"", StringComparison.Ordinal);
        var message = text.IndexOf("A time looks like 22:00.", StringComparison.Ordinal);
        var next = text.IndexOf("id=\"quiet-end\"", StringComparison.Ordinal);
        Assert.True(field > 0 && message > field && next > message);
        Assert.Contains("value=\"25:00\"", text);
        Assert.Matches("name=\"Input.Webhook\"[^>]* checked", text);
        Assert.Contains("请按提示修改后重新提交。", text);
    }

    [Fact]
    public async Task An_account_without_a_person_is_told_so()
    {
        using var factory = new WebUiFactory();
        factory.Gateway.Serve().On("GET /api/notifications/preferences", (_, _) => FakeGateway.Json(HttpStatusCode.NotFound, "{}"));
        var browser = await PagesTests.SignedInAsync(factory);

        var text = await WebUiFactory.TextAsync(await browser.GetAsync(Url));

        Assert.Contains("您的账号未关联人员信息", text);
        Assert.DoesNotContain("id=\"quiet-start\"", text);
    }
}
