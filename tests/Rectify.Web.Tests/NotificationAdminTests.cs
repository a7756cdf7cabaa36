using System.Net;

namespace Rectify.Web.Tests;

public class NotificationAdminTests
{
    [Fact]
    public async Task Schedules_are_a_table_filtered_by_unit_and_state()
    {
        using var factory = new WebUiFactory();
        factory.Gateway.Serve("unit_coordinator");
        var browser = await PagesTests.SignedInAsync(factory);

        var text = await WebUiFactory.TextAsync(await browser.GetAsync($"/notifications/schedules?unitId={NotificationsData.UnitId}&state=all"));

        Assert.Single(factory.Gateway.Requests, r => r.Path == "/api/notifications/schedules");
        Assert.Contains("<td>2024-09-30 09:00</td>", text);
        Assert.Contains("<td>市发展和改革委员会</td>", text);
        Assert.Contains("提前3个工作日", text);
        Assert.Contains("督办责任领导", text);
        Assert.Contains("王强 <span class=\"muted\">(责任人)</span>", text);
        Assert.Contains("22222222-0000-0000-0000-000000000002", text); // a recipient without a name shows the id
        Assert.Contains("待发送", text);
        Assert.Contains("<option value=\"all\" selected", text);
        Assert.True(text.IndexOf("2024-09-30 09:00", StringComparison.Ordinal) < text.IndexOf("2024-10-15 09:00", StringComparison.Ordinal));
        Assert.Contains("href=\"notifications/deliveries\"", text);
    }

    [Fact]
    public async Task The_filter_reaches_the_API_query()
    {
        using var factory = new WebUiFactory();
        string? query = null;
        factory.Gateway.Serve().On("GET /api/notifications/schedules", (request, _) =>
        {
            query = request.RequestUri!.Query;
            return FakeGateway.Json(HttpStatusCode.OK, "[]");
        });
        var browser = await PagesTests.SignedInAsync(factory);

        var text = await WebUiFactory.TextAsync(await browser.GetAsync($"/notifications/schedules?unitId={NotificationsData.UnitId}&state=failed"));

        Assert.Equal($"?unitId={NotificationsData.UnitId}&state=failed", query);
        Assert.Contains("没有符合条件的提醒计划。", text);
    }

    [Fact]
    public async Task The_delivery_log_shows_attempts_the_last_error_and_the_state()
    {
        using var factory = new WebUiFactory();
        factory.Gateway.Serve();
        var browser = await PagesTests.SignedInAsync(factory);

        var text = await WebUiFactory.TextAsync(await browser.GetAsync("/notifications/deliveries"));

        Assert.Contains("<td class=\"num\">3</td>", text);
        Assert.Contains("errcode 310000: sign not match", text);
        Assert.Contains("整改办钉钉群", text);
        Assert.Contains("工作群机器人", text);
        Assert.Contains("<span class=\"tag state-sent\">已发送</span>", text);
        Assert.Contains("<td>2024-09-30 09:04</td>", text);
        Assert.Single(factory.Gateway.Requests, r => r.Path == "/api/notifications/deliveries");
    }

    [Fact]
    public async Task People_without_a_managing_role_get_no_admin_tabs()
    {
        using var factory = new WebUiFactory();
        factory.Gateway.Serve("responsible_person");
        var browser = await PagesTests.SignedInAsync(factory);

        var text = await WebUiFactory.TextAsync(await browser.GetAsync("/notifications"));

        Assert.DoesNotContain("href=\"notifications/schedules\"", text);
        Assert.DoesNotContain("href=\"notifications/deliveries\"", text);
        Assert.Contains("href=\"notifications/preferences\"", text);
        Assert.Contains("href=\"notifications/rules\"", text); // read-only: they are the ones reminded
    }
}
