using System.Net;
using static Rectify.Web.Tests.FindingsData;
using static Rectify.Web.Tests.TasksData;

namespace Rectify.Web.Tests;

/// <summary>The home page's workbench (工作台): what needs the signed-in user today, by role, each line a link.</summary>
public class WorkbenchTests
{
    private const string EscalationTask = "7a000000-0000-0000-0000-0000000000e1";

    private const string Inbox = $$"""
        [{"id":21,"title":"【逾期督办】财务报销审核不严 已逾期10个工作日","body":"请督促。","subjectKind":"task","subjectId":"{{EscalationTask}}",
          "unitId":"{{UnitId}}","isEscalation":true,"createdAt":"2026-12-07T01:00:00Z","readAt":null},
         {"id":22,"title":"【整改提醒】距截止还有1个工作日","body":"请按时完成。","subjectKind":"task","subjectId":"{{TaskId}}",
          "unitId":"{{UnitId}}","isEscalation":false,"createdAt":"2026-12-07T01:00:00Z","readAt":null},
         {"id":23,"title":"已读的提醒","body":"旧的。","subjectKind":"task","subjectId":"{{TaskId}}",
          "unitId":"{{UnitId}}","isEscalation":false,"createdAt":"2026-12-01T01:00:00Z","readAt":"2026-12-02T01:00:00Z"}]
        """;

    private static WebUiFactory WorkbenchFactory(string profile, string mine, string all)
    {
        var factory = Factory(profile);
        factory.Gateway
            .On("GET /api/tasks/mine", (_, _) => Ok(mine))
            .On("GET /api/tasks", (_, _) => Ok(all))
            .On("GET /api/notifications/inbox", (_, _) => Ok(Inbox))
            .On("GET /api/reports/units/count", (_, _) => FakeGateway.Json(HttpStatusCode.OK, """{"units":6}"""));
        return factory;
    }

    [Fact]
    public async Task A_responsible_person_sees_their_items_by_light_the_next_deadline_and_unread_escalations()
    {
        var mine = $"[{Summary(light: "red", overdue: true, daysLeft: -3, id: OtherTaskId)},{Summary(light: "yellow", daysLeft: 4)},{Summary(state: "closed", light: "none", id: "7a000000-0000-0000-0000-0000000000c1")}]";
        using var factory = WorkbenchFactory(PersonProfile, mine, "[]");
        var browser = await PagesTests.SignedInAsync(factory);

        var text = await WebUiFactory.TextAsync(await browser.GetAsync("/"));

        Assert.Contains("工作台", text);
        Assert.Contains("data-light=\"red\">红灯 1</span>", text);
        Assert.Contains("data-light=\"yellow\">黄灯 1</span>", text);
        Assert.Contains("data-light=\"green\">绿灯 0</span>", text);
        Assert.Matches($@"class=""wb-next"">.*最近的截止日期：\s*<a href=""tasks/{TaskId}"">2023-03-31</a>", text);
        Assert.Contains($"href=\"tasks/{OtherTaskId}\"", text);
        Assert.DoesNotContain("7a000000-0000-0000-0000-0000000000c1", text); // closed: nothing to do
        Assert.Contains($"<a href=\"tasks/{EscalationTask}\">【逾期督办】财务报销审核不严 已逾期10个工作日</a>", text);
        Assert.Contains("【整改提醒】距截止还有1个工作日</a>", text);
        Assert.DoesNotContain("已读的提醒", text);
        Assert.DoesNotContain("id=\"wb-review\"", text); // a responsible person reviews nothing
        Assert.DoesNotContain("id=\"wb-overdue\"", text);
        Assert.DoesNotContain(factory.Gateway.Requests, r => r.Path == "/api/tasks");
    }

    [Fact]
    public async Task A_coordinator_sees_close_outs_to_review_and_the_overdue_items_of_the_unit()
    {
        var all = $"[{Summary(state: "submitted", level: 1, light: "green", daysLeft: 20)},{Summary(light: "red", overdue: true, daysLeft: -5, id: OtherTaskId)}]";
        using var factory = WorkbenchFactory(CoordinatorProfile, "[]", all);
        var browser = await PagesTests.SignedInAsync(factory);

        var text = await WebUiFactory.TextAsync(await browser.GetAsync("/"));
        var review = Section(text, "wb-review");
        var overdue = Section(text, "wb-overdue");

        Assert.Contains($"href=\"tasks/{TaskId}\"", review);
        Assert.DoesNotContain(OtherTaskId, review);
        Assert.Contains("<a href=\"tasks/review\">查看全部待审核</a>", review);
        Assert.Contains($"href=\"tasks/{OtherTaskId}\"", overdue);
        Assert.Contains("已逾期 5 个工作日", overdue);
        Assert.DoesNotContain(TaskId, overdue);
        Assert.DoesNotContain("id=\"wb-mine\"", text); // no person bound: no items of their own
        Assert.DoesNotContain(factory.Gateway.Requests, r => r.Path == "/api/notifications/inbox");
    }

    [Fact]
    public async Task A_coordinator_bound_to_a_person_has_no_items_of_their_own_but_reads_the_inbox()
    {
        var profile = CoordinatorProfile.Replace("\"personId\":null", $"\"personId\":\"{PersonId}\"");
        using var factory = WorkbenchFactory(profile, "[]", "[]");
        var browser = await PagesTests.SignedInAsync(factory);

        var text = await WebUiFactory.TextAsync(await browser.GetAsync("/"));

        Assert.DoesNotContain("id=\"wb-mine\"", text);
        Assert.DoesNotContain(factory.Gateway.Requests, r => r.Path == "/api/tasks/mine");
        Assert.Contains("id=\"wb-escalations\"", text);
        Assert.Contains($"href=\"tasks/{EscalationTask}\"", Section(text, "wb-escalations"));
    }

    [Fact]
    public async Task Says_so_when_a_part_cannot_be_loaded()
    {
        using var factory = WorkbenchFactory(PersonProfile, "[]", "[]");
        factory.Gateway.On("GET /api/tasks/mine", (_, _) => new HttpResponseMessage(HttpStatusCode.ServiceUnavailable));
        var browser = await PagesTests.SignedInAsync(factory);

        var text = await WebUiFactory.TextAsync(await browser.GetAsync("/"));

        Assert.Contains("部分内容暂时无法加载", text);
        Assert.Contains("【整改提醒】距截止还有1个工作日", text); // the inbox still shows
    }

    [Fact]
    public async Task An_administrator_is_told_to_enter_next_years_calendar_with_a_link_to_the_calendar_page()
    {
        var year = DateTime.UtcNow.Year + 1;
        using var factory = WorkbenchFactory(AdminProfile, "[]", "[]");
        factory.Gateway.On("GET /api/notifications/calendar/next-year-status", (_, _) => Ok($$"""{"year":{{year}},"entered":false,"warn":true}"""));
        var browser = await PagesTests.SignedInAsync(factory);

        var text = await WebUiFactory.TextAsync(await browser.GetAsync("/"));

        Assert.Contains($"{year} 年节假日安排尚未录入", Section(text, "wb-calendar"));
        Assert.Contains($"href=\"notifications/calendar?year={year}#notice\"", Section(text, "wb-calendar"));
        Assert.DoesNotContain("部分内容暂时无法加载", text);
    }

    [Theory]
    [InlineData(true, false)] // entered
    [InlineData(false, false)] // not entered, before November
    public async Task No_calendar_warning_when_the_service_gives_none(bool entered, bool warn)
    {
        using var factory = WorkbenchFactory(AdminProfile, "[]", "[]");
        factory.Gateway.On("GET /api/notifications/calendar/next-year-status", (_, _) =>
            Ok($$"""{"year":{{DateTime.UtcNow.Year + 1}},"entered":{{(entered ? "true" : "false")}},"warn":{{(warn ? "true" : "false")}}}"""));
        var browser = await PagesTests.SignedInAsync(factory);

        var text = await WebUiFactory.TextAsync(await browser.GetAsync("/"));

        Assert.Contains("工作台", text);
        Assert.DoesNotContain("id=\"wb-calendar\"", text);
    }

    [Fact]
    public async Task Only_administrators_are_asked_about_the_calendar()
    {
        using var factory = WorkbenchFactory(CoordinatorProfile, "[]", "[]");
        var browser = await PagesTests.SignedInAsync(factory);

        await browser.GetAsync("/");

        Assert.DoesNotContain(factory.Gateway.Requests, r => r.Path == "/api/notifications/calendar/next-year-status");
    }

    private static string Section(string html, string id)
    {
        var start = html.IndexOf($"id=\"{id}\"", StringComparison.Ordinal);
        Assert.True(start >= 0, $"no section {id}");
        var end = html.IndexOf("class=\"panel wb-card\"", start + 10, StringComparison.Ordinal);
        return end < 0 ? html[start..] : html[start..end];
    }
}
