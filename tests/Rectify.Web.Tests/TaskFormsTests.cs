using System.Net;
using System.Text.Json;
using static Rectify.Web.Tests.FindingsData;
using static Rectify.Web.Tests.TasksData;

namespace Rectify.Web.Tests;

/// <summary>
/// The task forms post the calls of docs/tasks.md, with the page's version as If-Match where two people edit the same
/// thing (never on appends such as progress), and show what the API refused, naming who changed the task meanwhile.
/// </summary>
public class TaskFormsTests
{
    [Fact]
    public async Task Planning_posts_the_task_for_the_finding()
    {
        using var factory = TasksFactory();
        factory.Gateway.On("POST /api/tasks", (_, _) => FakeGateway.Json(HttpStatusCode.Created, Summary(state: "planned")));
        var browser = await PagesTests.SignedInAsync(factory);

        var form = await WebUiFactory.TextAsync(await browser.GetAsync($"{Plan}?finding={IssueId}"));
        var response = await Forms.PostAsync(browser, Plan, "plan-task", new()
        {
            ["Input.FindingId"] = IssueId, ["Input.Kind"] = "immediate", ["Input.Measures"] = " 立即清退违规津补贴 ",
            ["Input.Deadline"] = "2022-09-30", ["Input.ResponsibleLeaderId"] = LeaderId, ["Input.ResponsibleLeader"] = "ignored",
            ["Input.ResponsibleDepartment"] = "财务科", ["Input.ResponsiblePersonId"] = PersonId,
        });

        Assert.Contains($"<option value=\"{IssueId}\" selected>", form);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal($"{Plan}?saved=planned", response.Headers.Location!.PathAndQuery);
        var sent = Body(Assert.Single(factory.Gateway.Writes));
        Assert.Equal(IssueId, sent.GetProperty("findingId").GetString());
        Assert.Equal("立即清退违规津补贴", sent.GetProperty("measures").GetString());
        Assert.Equal("immediate", sent.GetProperty("kind").GetString());
        Assert.Equal("2022-09-30", sent.GetProperty("deadline").GetString());
        Assert.Equal(LeaderId, sent.GetProperty("responsibleLeaderId").GetString());
        Assert.Equal(JsonValueKind.Null, sent.GetProperty("responsibleLeader").ValueKind);
        Assert.Equal("财务科", sent.GetProperty("responsibleDepartment").GetString());
        Assert.Equal(PersonId, sent.GetProperty("responsiblePersonId").GetString());
        Assert.Contains("已制定整改任务", await WebUiFactory.TextAsync(await browser.GetAsync(response.Headers.Location)));
    }

    [Fact]
    public async Task A_refused_plan_shows_the_field_error_and_keeps_the_input()
    {
        using var factory = TasksFactory();
        factory.Gateway.On("POST /api/tasks", (_, _) => Problem("deadline", "A deadline is required except for sustained tasks."));
        var browser = await PagesTests.SignedInAsync(factory);

        var text = await WebUiFactory.TextAsync(await Forms.PostAsync(browser, Plan, "plan-task", new()
        {
            ["Input.FindingId"] = IssueId, ["Input.Kind"] = "time_limited", ["Input.Measures"] = "修订制度",
        }));

        Assert.Matches("id=\"plan-deadline\"[^>]*>\\s*<span class=\"muted hint\">[^<]*</span>\\s*<div class=\"validation-message\">A deadline is required except for sustained tasks.</div>", text);
        Assert.Matches("id=\"plan-measures\"[^>]*>修订制度</textarea>", text);
    }

    [Fact]
    public async Task Reporting_progress_sends_the_narrative_and_a_figure_without_if_match()
    {
        using var factory = TasksFactory();
        string? ifMatch = null;
        factory.Gateway.On($"POST /api/tasks/{TaskId}/progress", (request, _) =>
        {
            ifMatch = request.Headers.IfMatch.ToString();
            return Ok(Summary());
        });
        var browser = await PagesTests.SignedInAsync(factory);

        var response = await Forms.PostAsync(browser, TaskPath, "report-progress", new()
        {
            ["Input.ReportedOn"] = "2022-09-10", ["Input.Narrative"] = "一是召开专题会议；二是约谈相关人员。",
            ["Input.Kind"] = "talk", ["Input.TalkKind"] = "约谈", ["Input.People"] = "3",
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal($"{TaskPath}?saved=progress", response.Headers.Location!.PathAndQuery);
        // Someone else reporting at the same moment must not make this report stale: appends carry no If-Match.
        Assert.Equal("", ifMatch);
        var sent = Body(Assert.Single(factory.Gateway.Writes));
        Assert.Equal("2022-09-10", sent.GetProperty("reportedOn").GetString());
        Assert.Equal("一是召开专题会议；二是约谈相关人员。", sent.GetProperty("narrative").GetString());
        var figure = Assert.Single(sent.GetProperty("figures").EnumerateArray().ToList());
        Assert.Equal("talk", figure.GetProperty("kind").GetString());
        Assert.Equal("约谈", figure.GetProperty("talkKind").GetString());
        Assert.Equal(3, figure.GetProperty("people").GetInt32());
        Assert.Contains("已报告进展", await WebUiFactory.TextAsync(await browser.GetAsync(response.Headers.Location)));
    }

    [Fact]
    public async Task A_figure_error_lands_next_to_its_field()
    {
        using var factory = TasksFactory();
        factory.Gateway.On($"POST /api/tasks/{TaskId}/outcomes", (_, _) => Problem("figures[0].title", "A rule is recorded with its title."));
        var browser = await PagesTests.SignedInAsync(factory);

        var text = await WebUiFactory.TextAsync(await Forms.PostAsync(browser, TaskPath, "record-outcome", new() { ["Input.Kind"] = "rule_made" }));

        Assert.Matches("id=\"outcome-title\"[^>]*>\\s*<div class=\"validation-message\">A rule is recorded with its title.</div>", text);
        Assert.Matches("<option value=\"rule_made\" selected>新制定制度</option>", text);
    }

    [Fact]
    public async Task A_count_that_does_not_read_is_not_sent()
    {
        using var factory = TasksFactory();
        var browser = await PagesTests.SignedInAsync(factory);

        var text = await WebUiFactory.TextAsync(await Forms.PostAsync(browser, TaskPath, "record-outcome", new()
        {
            ["Input.Kind"] = "accountability", ["Input.People"] = "三",
        }));

        Assert.Contains("请填写不小于 0 的整数", text);
        Assert.Empty(factory.Gateway.Writes);
    }

    [Fact]
    public async Task Requesting_close_out_posts_the_note()
    {
        using var factory = TasksFactory();
        factory.Gateway.On($"POST /api/tasks/{TaskId}/close-out", (_, _) => Ok(Summary(state: "submitted", level: 1)));
        var browser = await PagesTests.SignedInAsync(factory);

        var response = await Forms.PostAsync(browser, TaskPath, "request-close-out", new() { ["Input.Note"] = "已完成整改" });

        Assert.Equal($"{TaskPath}?saved=close-out", response.Headers.Location!.PathAndQuery);
        var write = Assert.Single(factory.Gateway.Writes);
        Assert.Equal($"/api/tasks/{TaskId}/close-out", write.Path);
        Assert.Equal("已完成整改", Body(write).GetProperty("note").GetString());
    }

    [Fact]
    public async Task A_refused_transition_says_so_clearly()
    {
        using var factory = TasksFactory();
        factory.Gateway.On($"POST /api/tasks/{TaskId}/close-out", (_, _) => FakeGateway.Json(HttpStatusCode.Conflict,
            """{"title":"Conflict","status":409,"detail":"The task is at version 5, not 4; reload and try again."}"""));
        var browser = await PagesTests.SignedInAsync(factory);

        var response = await Forms.PostAsync(browser, TaskPath, "request-close-out", new() { ["Input.Note"] = "已完成整改" });
        var text = await WebUiFactory.TextAsync(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("操作未被接受：该任务的状态不允许此操作，或刚被他人处理过。", text);
        Assert.Matches("id=\"close-out-note\"[^>]*>已完成整改</textarea>", text);
    }

    [Fact]
    public async Task A_stale_deadline_change_names_who_changed_what()
    {
        using var factory = TasksFactory();
        string? ifMatch = null;
        factory.Gateway.On($"PUT /api/tasks/{TaskId}/deadline", (request, _) =>
        {
            ifMatch = request.Headers.IfMatch.ToString();
            return FakeGateway.Json(HttpStatusCode.Conflict, """
                {"title":"Conflict","status":409,"detail":"The task is at version 5, not 4: 李四 changed it …","currentVersion":5,
                 "changedBy":"李四","changedAt":"2022-09-01T02:03:00+00:00","changedFields":["deadline"]}
                """);
        });
        var browser = await PagesTests.SignedInAsync(factory);

        var text = await WebUiFactory.TextAsync(await Forms.PostAsync(browser, TaskPath, "change-deadline", new() { ["Input.Deadline"] = "2023-06-30", ["Input.Reason"] = "延后" }));

        Assert.Equal("\"4\"", ifMatch);
        Assert.Matches("未保存：李四于2022-09-01 \\d\\d:03已修改了此任务（整改时限）", text);
    }

    [Fact]
    public async Task Approving_a_close_out_posts_approve()
    {
        using var factory = TasksFactory(CoordinatorProfile, Summary(state: "submitted", level: 1, version: 7));
        string? ifMatch = null;
        factory.Gateway.On($"POST /api/tasks/{TaskId}/close-out/review", (request, _) =>
        {
            ifMatch = request.Headers.IfMatch.ToString();
            return Ok(Summary(state: "closed"));
        });
        var browser = await PagesTests.SignedInAsync(factory);

        var response = await Forms.PostAsync(browser, TaskPath, "review-close-out", new() { ["Input.Decision"] = "approve" });

        Assert.Equal($"{TaskPath}?saved=approved", response.Headers.Location!.PathAndQuery);
        Assert.Equal("\"7\"", ifMatch);
        Assert.True(Body(Assert.Single(factory.Gateway.Writes)).GetProperty("approve").GetBoolean());
    }

    [Theory]
    [InlineData(CoordinatorProfile, 1)]
    [InlineData(OfficeProfile, 2)]
    public async Task Returning_needs_a_reason(string profile, int level)
    {
        using var factory = TasksFactory(profile, Summary(state: "submitted", level: level));
        factory.Gateway.On($"POST /api/tasks/{TaskId}/close-out/review", (_, _) => Ok(Summary()));
        var browser = await PagesTests.SignedInAsync(factory);

        var unexplained = await WebUiFactory.TextAsync(await Forms.PostAsync(browser, TaskPath, "review-close-out", new() { ["Input.Decision"] = "return" }));
        Assert.Contains("请填写退回理由", unexplained);
        Assert.Empty(factory.Gateway.Writes);

        var response = await Forms.PostAsync(browser, TaskPath, "review-close-out", new() { ["Input.Decision"] = "return", ["Input.Reason"] = "佐证材料不足" });

        Assert.Equal($"{TaskPath}?saved=returned", response.Headers.Location!.PathAndQuery);
        var sent = Body(Assert.Single(factory.Gateway.Writes));
        Assert.False(sent.GetProperty("approve").GetBoolean());
        Assert.Equal("佐证材料不足", sent.GetProperty("reason").GetString());
    }

    [Fact]
    public async Task Deciding_an_extension_posts_to_the_request()
    {
        // The inspection office decides extensions by default (Tasks:ExtensionApprover=office); an administrator may too.
        using var factory = TasksFactory(AdminProfile, pendingExtension: true);
        factory.Gateway.On($"POST /api/tasks/{TaskId}/extensions/{ExtensionId}/decision", (_, _) => Ok(Summary()));
        var browser = await PagesTests.SignedInAsync(factory);

        var page = await WebUiFactory.TextAsync(await browser.GetAsync(TaskPath));
        var response = await Forms.PostAsync(browser, TaskPath, "decide-extension", new()
        {
            ["Input.RequestId"] = ExtensionId, ["Input.Decision"] = "reject", ["Input.Reason"] = "理由不充分",
        });

        Assert.DoesNotContain("value=\"request-extension\"", page);
        Assert.Equal($"{TaskPath}?saved=extension-rejected", response.Headers.Location!.PathAndQuery);
        var sent = Body(Assert.Single(factory.Gateway.Writes));
        Assert.False(sent.GetProperty("approve").GetBoolean());
        Assert.Equal("理由不充分", sent.GetProperty("reason").GetString());
    }

    [Fact]
    public async Task Requesting_an_extension_and_changing_the_deadline_send_date_and_reason()
    {
        using var factory = TasksFactory();
        factory.Gateway
            .On($"POST /api/tasks/{TaskId}/extensions", (_, _) => FakeGateway.Json(HttpStatusCode.Created, "{}"))
            .On($"PUT /api/tasks/{TaskId}/deadline", (_, _) => Problem("deadline", "An extension moves the deadline later."));
        var browser = await PagesTests.SignedInAsync(factory);

        var extension = await Forms.PostAsync(browser, TaskPath, "request-extension", new() { ["Input.Deadline"] = "2023-06-30", ["Input.Reason"] = "等待上级文件" });
        var change = await WebUiFactory.TextAsync(await Forms.PostAsync(browser, TaskPath, "change-deadline", new() { ["Input.Deadline"] = "2022-01-01", ["Input.Reason"] = "提前" }));

        Assert.Equal($"{TaskPath}?saved=extension", extension.Headers.Location!.PathAndQuery);
        var writes = factory.Gateway.Writes.ToList();
        Assert.Equal(("POST", $"/api/tasks/{TaskId}/extensions"), (writes[0].Method, writes[0].Path));
        Assert.Equal("2023-06-30", Body(writes[0]).GetProperty("deadline").GetString());
        Assert.Equal("PUT", writes[1].Method);
        Assert.Matches("id=\"change-deadline-deadline\"[^>]*value=\"2022-01-01\"[^>]*>\\s*<div class=\"validation-message\">An extension moves the deadline later.</div>", change);
    }

    [Fact]
    public async Task Assigning_puts_the_three_responsibles()
    {
        using var factory = TasksFactory();
        factory.Gateway.On($"PUT /api/tasks/{TaskId}/assignment", (_, _) => Ok(Summary()));
        var browser = await PagesTests.SignedInAsync(factory);

        var page = await WebUiFactory.TextAsync(await browser.GetAsync(TaskPath));
        var response = await Forms.PostAsync(browser, TaskPath, "assign-task", new()
        {
            ["Input.ResponsibleLeaderId"] = "", ["Input.ResponsibleLeader"] = "张三", ["Input.ResponsibleDepartment"] = "办公室", ["Input.ResponsiblePersonId"] = PersonId,
        });

        Assert.Contains($"<option value=\"{LeaderId}\" selected>王敏（副主席）</option>", page);
        Assert.Equal($"{TaskPath}?saved=assigned", response.Headers.Location!.PathAndQuery);
        var sent = Body(Assert.Single(factory.Gateway.Writes));
        Assert.Equal(JsonValueKind.Null, sent.GetProperty("responsibleLeaderId").ValueKind);
        Assert.Equal("张三", sent.GetProperty("responsibleLeader").GetString());
        Assert.Equal("办公室", sent.GetProperty("responsibleDepartment").GetString());
        Assert.Equal(PersonId, sent.GetProperty("responsiblePersonId").GetString());
    }

    [Fact]
    public async Task Reopening_posts_the_reason()
    {
        using var factory = TasksFactory(summary: Summary(state: "closed", light: "none", daysLeft: null));
        factory.Gateway.On($"POST /api/tasks/{TaskId}/reopen", (_, _) => Ok(Summary()));
        var browser = await PagesTests.SignedInAsync(factory);

        var response = await Forms.PostAsync(browser, TaskPath, "reopen-task", new() { ["Input.Reason"] = "回头看发现问题反弹" });

        Assert.Equal($"{TaskPath}?saved=reopened", response.Headers.Location!.PathAndQuery);
        Assert.Equal("回头看发现问题反弹", Body(Assert.Single(factory.Gateway.Writes)).GetProperty("reason").GetString());
    }

    private static JsonElement Body((string Method, string Path, string? Authorization, string? Body) request) =>
        JsonDocument.Parse(request.Body!).RootElement;
}
