using System.Net;

namespace Rectify.Web.Tests;

public class NotificationInboxTests
{
    [Fact]
    public async Task The_bell_shows_the_unread_count_and_links_to_the_inbox()
    {
        using var factory = new WebUiFactory();
        factory.Gateway.Serve().On("GET /api/units", (_, _) => FakeGateway.Json(HttpStatusCode.OK, "[]"));
        var browser = await PagesTests.SignedInAsync(factory);

        var text = await WebUiFactory.TextAsync(await browser.GetAsync("/units"));

        Assert.Contains("<a class=\"bell\" href=\"notifications\" title=\"通知（5 条未读）\"", text);
        Assert.Contains("<span class=\"badge\">5</span>", text);
        Assert.Equal("Bearer " + FakeGateway.Token,
            Assert.Single(factory.Gateway.Requests, r => r.Path == "/api/notifications/inbox/unread-count").Authorization);
    }

    [Fact]
    public async Task The_bell_hides_quietly_when_the_count_cannot_be_read()
    {
        using var factory = new WebUiFactory();
        factory.Gateway
            .On("GET /api/units", (_, _) => FakeGateway.Json(HttpStatusCode.OK, "[]"))
            .On("GET /api/notifications/inbox/unread-count", (_, _) => new HttpResponseMessage(HttpStatusCode.ServiceUnavailable));
        var browser = await PagesTests.SignedInAsync(factory);

        var response = await browser.GetAsync("/units");
        var text = await WebUiFactory.TextAsync(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.DoesNotContain("class=\"bell\"", text);
        Assert.Contains("尚未登记被巡察单位", text);
    }

    [Fact]
    public async Task The_inbox_lists_messages_newest_first_with_the_unread_highlighted()
    {
        using var factory = new WebUiFactory();
        factory.Gateway.Serve();
        var browser = await PagesTests.SignedInAsync(factory);

        var text = await WebUiFactory.TextAsync(await browser.GetAsync("/notifications"));

        var plan = text.IndexOf("整改方案提交时限提醒", StringComparison.Ordinal);
        var overdue = text.IndexOf("逾期督办", StringComparison.Ordinal);
        Assert.True(plan > 0 && overdue > plan);
        Assert.Contains("<li class=\"unread\">", text);
        Assert.Contains("<li class=\"read\">", text);
        Assert.Contains("2024-09-30 09:00", text); // Beijing time
        Assert.Contains("<span class=\"tag warn\">督办</span>", text);
        Assert.Contains("整改方案</span>", text);
        Assert.Contains("name=\"_handler\" value=\"read-12\"", text);
        Assert.DoesNotContain("value=\"read-7\"", text);
        Assert.Contains("全部标为已读", text);
        // An administrator's tabs include the schedules and the delivery log.
        Assert.Contains("href=\"notifications/schedules\"", text);
        Assert.Contains("href=\"notifications/calendar\"", text);
        Assert.Contains("href=\"notifications/rules\"", text);
    }

    [Fact]
    public async Task The_unread_filter_asks_for_unread_only()
    {
        using var factory = new WebUiFactory();
        factory.Gateway.Serve().On("GET /api/notifications/inbox", (request, _) =>
            FakeGateway.Json(HttpStatusCode.OK, request.RequestUri!.Query == "?unread=true" ? "[]" : NotificationsData.Inbox));
        var browser = await PagesTests.SignedInAsync(factory);

        var text = await WebUiFactory.TextAsync(await browser.GetAsync("/notifications?unread=true"));

        Assert.Contains("没有未读通知。", text);
    }

    [Fact]
    public async Task Marking_one_and_all_read_posts_to_the_inbox_and_returns()
    {
        using var factory = new WebUiFactory();
        factory.Gateway.Serve();
        var browser = await PagesTests.SignedInAsync(factory);

        var one = await Forms.PostAsync(browser, "/notifications", "read-12", []);
        var all = await Forms.PostAsync(browser, "/notifications?unread=true", "read-all", []);

        Assert.Equal(HttpStatusCode.Redirect, one.StatusCode);
        Assert.Equal("/notifications", one.Headers.Location!.PathAndQuery);
        Assert.Equal(HttpStatusCode.Redirect, all.StatusCode);
        Assert.Equal("/notifications?unread=true", all.Headers.Location!.PathAndQuery);
        Assert.Equal(
            ["POST /api/notifications/inbox/12/read", "POST /api/notifications/inbox/read-all"],
            factory.Gateway.Writes.Select(w => $"{w.Method} {w.Path}"));
    }

    [Fact]
    public async Task The_inbox_reports_a_gateway_failure()
    {
        using var factory = new WebUiFactory();
        factory.Gateway.Serve().On("GET /api/notifications/inbox", (_, _) => new HttpResponseMessage(HttpStatusCode.BadGateway));
        var browser = await PagesTests.SignedInAsync(factory);

        Assert.Contains("无法加载通知数据。", await WebUiFactory.TextAsync(await browser.GetAsync("/notifications")));
    }

    [Fact]
    public async Task The_notification_pages_are_English_with_the_culture_cookie()
    {
        using var factory = new WebUiFactory();
        factory.Gateway.Serve();
        var browser = await PagesTests.SignedInAsync(factory);
        await browser.GetAsync("/culture/set?culture=en&redirectUri=%2F");

        var inbox = await WebUiFactory.TextAsync(await browser.GetAsync("/notifications"));
        var calendar = await WebUiFactory.TextAsync(await browser.GetAsync("/notifications/calendar?year=2024"));

        Assert.Contains("Mark all as read", inbox);
        Assert.Contains("Notifications (5 unread)", inbox);
        Assert.Contains("Escalation", inbox);
        Assert.Contains("Make-up working day", calendar);
        Assert.Contains("Sunday", calendar);
    }
}
