using static Rectify.Web.Tests.FindingsData;
using static Rectify.Web.Tests.TasksData;

namespace Rectify.Web.Tests;

/// <summary>The task pages render what the tasks service answers, and offer only the forms the caller's grants allow.</summary>
public class TaskPagesTests
{
    [Fact]
    public async Task The_plan_shows_the_finding_tree_with_its_tasks_and_lights()
    {
        using var factory = TasksFactory();
        var browser = await PagesTests.SignedInAsync(factory);

        var text = await WebUiFactory.TextAsync(await browser.GetAsync(Plan));
        var detail = await WebUiFactory.TextAsync(await browser.GetAsync(Inspection));

        Assert.Contains($"href=\"inspections/{InspectionId}/plan\"", detail);
        Assert.Contains("<h1>中共西安市科协党组 · 整改方案</h1>", text);
        Assert.Contains("共 1 项，已销号 0 项，逾期 0 项", text);
        Assert.Matches($"id=\"finding-{ProblemId}\" class=\"plan-finding level-2\">[\\s\\S]*<span class=\"ordinal\">（一）</span>", text);
        Assert.Matches(
            $"<a href=\"tasks/{TaskId}\">修订财务报销审核办法，开展专项检查</a></td>\\s*<td>限期整改</td>\\s*<td><span class=\"status task-in_progress\">整改中</span>" +
            "[\\s\\S]*?<td>王敏 / 财务科 / 李娜</td>\\s*<td>2023-03-31</td>\\s*<td><span class=\"light light-yellow\"[^>]*>黄灯 · 剩余 6 个工作日</span>",
            text);
        // The administrator may plan: the form offers the unit's people and departments.
        Assert.Contains("制定整改任务", text);
        Assert.Contains($"<option value=\"{LeaderId}\">王敏（副主席）</option>", text);
        Assert.Contains("<option value=\"财务科\"></option>", text);
    }

    [Fact]
    public async Task A_viewer_sees_the_plan_without_forms()
    {
        using var factory = TasksFactory(ViewerProfile);
        var browser = await PagesTests.SignedInAsync(factory);

        var plan = await WebUiFactory.TextAsync(await browser.GetAsync(Plan));
        var task = await WebUiFactory.TextAsync(await browser.GetAsync(TaskPath));

        Assert.Contains("财务报销审核不严", plan);
        Assert.DoesNotContain("plan-task", plan);
        Assert.DoesNotContain("为该问题制定任务", plan);
        Assert.Contains("修订财务报销审核办法", task);
        Assert.DoesNotContain("<form", task.Split("<main")[1]);
    }

    [Fact]
    public async Task My_tasks_are_read_page_by_page_following_the_APIs_next_links()
    {
        using var factory = TasksFactory(PersonProfile);
        var red = Summary(light: "red", overdue: true, daysLeft: -3, id: OtherTaskId);
        factory.Gateway.On("GET /api/tasks/mine", (request, _) =>
        {
            // The API bounds each answer; the second page is named by the first one's Link header.
            if (!request.RequestUri!.Query.Contains("skip=1"))
            {
                var first = Ok($"[{red}]");
                first.Headers.Add("Link", "</api/tasks/mine?take=1&skip=1>; rel=\"next\"");
                return first;
            }
            return Ok($"[{Summary(light: "green", daysLeft: 40)}]");
        });
        var browser = await PagesTests.SignedInAsync(factory);

        var text = await WebUiFactory.TextAsync(await browser.GetAsync("/tasks/mine"));

        Assert.Contains("未完成 2 项，其中逾期 1 项、临近时限 0 项。", text);
        Assert.Equal(2, factory.Gateway.Requests.Count(r => r.Path == "/api/tasks/mine"));
    }

    [Fact]
    public async Task My_tasks_keep_the_API_order_and_say_the_light_in_words()
    {
        using var factory = TasksFactory(PersonProfile);
        var red = Summary(light: "red", overdue: true, daysLeft: -3, id: OtherTaskId);
        factory.Gateway.On("GET /api/tasks/mine", (_, _) => Ok($"[{red},{Summary(light: "green", daysLeft: 40)}]"));
        var browser = await PagesTests.SignedInAsync(factory);

        var text = await WebUiFactory.TextAsync(await browser.GetAsync("/tasks/mine"));

        Assert.Contains("<a href=\"tasks/mine\"", text);
        Assert.Contains("<h1>我的任务</h1>", text);
        Assert.Contains("未完成 2 项，其中逾期 1 项、临近时限 0 项。", text);
        var first = text.IndexOf($"tasks/{OtherTaskId}", StringComparison.Ordinal);
        var second = text.IndexOf($"tasks/{TaskId}", StringComparison.Ordinal);
        Assert.True(first > 0 && first < second, "the API's order (open first, by deadline) is kept");
        Assert.Contains("<tr class=\"overdue\">", text);
        Assert.Contains("<span class=\"light light-red\" title=\"预警\">红灯 · 已逾期 3 个工作日</span>", text);
        Assert.Contains("绿灯 · 剩余 40 个工作日", text);
    }

    [Fact]
    public async Task My_tasks_explain_an_account_without_a_person()
    {
        using var factory = TasksFactory();
        factory.Gateway.On("GET /api/tasks/mine", (_, _) => Ok("[]"));
        var browser = await PagesTests.SignedInAsync(factory);

        Assert.Contains("您的账号未关联通讯录人员", await WebUiFactory.TextAsync(await browser.GetAsync("/tasks/mine")));
    }

    [Fact]
    public async Task The_review_queue_shows_the_offices_level_rounds_and_return_reasons()
    {
        using var factory = TasksFactory(OfficeProfile);
        string? query = null;
        factory.Gateway.On("GET /api/tasks/review-queue", (request, _) =>
        {
            query = request.RequestUri!.Query;
            return Ok($"[{QueueItem(Summary(state: "submitted", level: 2), 2, "佐证材料不全")}]");
        });
        var browser = await PagesTests.SignedInAsync(factory);

        var text = await WebUiFactory.TextAsync(await browser.GetAsync("/tasks/review"));

        Assert.Equal("?level=2&take=500", query);
        Assert.Contains("<h1>待审核销号</h1>", text);
        Assert.Contains("<strong>待2级审核</strong>", text);
        Assert.Contains($"tasks/{TaskId}", text);
        Assert.Matches("<td>中共西安市科协党组</td>\\s*<td><a href", text);
        Assert.Contains("<td class=\"review-round\">第2轮</td>", text);
        Assert.Contains("<td class=\"review-return\">佐证材料不全</td>", text);
    }

    [Fact]
    public async Task The_coordinators_review_queue_is_level_one()
    {
        using var factory = TasksFactory(CoordinatorProfile);
        string? query = null;
        factory.Gateway.On("GET /api/tasks/review-queue", (request, _) =>
        {
            query = request.RequestUri!.Query;
            return Ok($"[{QueueItem(Summary(state: "submitted", level: 1), 1, null)}]");
        });
        var browser = await PagesTests.SignedInAsync(factory);

        var text = await WebUiFactory.TextAsync(await browser.GetAsync("/tasks/review"));

        Assert.Equal("?level=1&take=500", query);
        Assert.Contains("<strong>待1级审核</strong>", text);
        Assert.Contains("<td class=\"review-round\">第1轮</td>", text);
        Assert.Contains("<td class=\"review-return\">—</td>", text);
    }

    [Fact]
    public async Task The_task_shows_deadlines_progress_outcomes_and_audit()
    {
        using var factory = TasksFactory();
        var browser = await PagesTests.SignedInAsync(factory);

        var text = await WebUiFactory.TextAsync(await browser.GetAsync(TaskPath));

        Assert.Contains("<h1>整改任务：1 财务报销审核不严</h1>", text);
        Assert.Contains("<dt>原定完成时限</dt><dd>2022-12-31</dd>", text);
        Assert.Matches("<td>2022-12-31</td><td>2023-03-31</td><td>需跨年度整改</td>\\s*<td>李娜</td><td>刘洋</td>", text);
        Assert.Contains("<span class=\"status request-rejected\">未同意</span>", text);
        Assert.Contains("一是修订报销办法；二是开展自查。", text);
        Assert.Contains("财务报销管理办法", text);
        Assert.Contains("12,000.5 元", text);
        Assert.Contains("合计：新制定制度 1 项", text);
        Assert.Matches("<td>刘洋</td>\\s*<td>制定任务</td>", text);
        // In progress, seen by an administrator: progress, outcome, extension, deadline, close-out and assignment forms.
        foreach (var form in new[] { "report-progress", "record-outcome", "request-extension", "change-deadline", "request-close-out", "assign-task" })
        {
            Assert.Contains($"value=\"{form}\"", text);
        }

        Assert.DoesNotContain("value=\"review-close-out\"", text);
        Assert.DoesNotContain("value=\"reopen-task\"", text);
    }

    [Fact]
    public async Task The_responsible_person_reports_but_does_not_assign_or_review()
    {
        using var factory = TasksFactory(PersonProfile, Summary(state: "submitted", level: 1));
        var browser = await PagesTests.SignedInAsync(factory);

        var text = await WebUiFactory.TextAsync(await browser.GetAsync(TaskPath));

        Assert.Contains("<span class=\"status task-submitted\">已申请销号</span>", text);
        Assert.DoesNotContain("value=\"review-close-out\"", text);
        Assert.DoesNotContain("value=\"assign-task\"", text);
        // Submitted is frozen: no progress either.
        Assert.DoesNotContain("value=\"report-progress\"", text);
    }

    [Fact]
    public async Task A_submitted_task_offers_the_coordinator_the_review_and_a_closed_one_reopening()
    {
        using var factory = TasksFactory(CoordinatorProfile, Summary(state: "submitted", level: 1));
        var browser = await PagesTests.SignedInAsync(factory);

        var submitted = await WebUiFactory.TextAsync(await browser.GetAsync(TaskPath));
        factory.Gateway.On($"GET /api/tasks/{TaskId}", (_, _) => Ok(TaskDetailJson(Summary(state: "closed", light: "none", daysLeft: null))));
        var closed = await WebUiFactory.TextAsync(await browser.GetAsync(TaskPath));

        Assert.Contains("销号审核（1级）", submitted);
        Assert.Contains("value=\"review-close-out\"", submitted);
        Assert.Contains("<span class=\"status task-closed\">已销号</span>", closed);
        Assert.Contains("value=\"reopen-task\"", closed);
        Assert.DoesNotContain("class=\"light", closed);
    }

    [Fact]
    public async Task A_task_out_of_scope_reads_as_not_found()
    {
        using var factory = TasksFactory();
        factory.Gateway.On($"GET /api/tasks/{TaskId}", (_, _) => new HttpResponseMessage(System.Net.HttpStatusCode.NotFound));
        var browser = await PagesTests.SignedInAsync(factory);

        Assert.Contains("未找到该整改任务", await WebUiFactory.TextAsync(await browser.GetAsync(TaskPath)));
    }

    [Fact]
    public async Task The_task_pages_are_English_with_the_culture_cookie()
    {
        using var factory = TasksFactory();
        factory.Gateway.On("GET /api/tasks/mine", (_, _) => Ok($"[{Summary(light: "red", overdue: true, daysLeft: -2)}]"));
        var browser = await PagesTests.SignedInAsync(factory);
        await browser.GetAsync("/culture/set?culture=en&redirectUri=%2F");

        var mine = await WebUiFactory.TextAsync(await browser.GetAsync("/tasks/mine"));
        var task = await WebUiFactory.TextAsync(await browser.GetAsync(TaskPath));
        var plan = await WebUiFactory.TextAsync(await browser.GetAsync(Plan));

        Assert.Contains("<h1>My tasks</h1>", mine);
        Assert.Contains("Red · overdue by 2 working days", mine);
        Assert.Contains("Time-limited", mine);
        Assert.Contains("Report progress", task);
        Assert.Contains("Original deadline", task);
        Assert.Contains("Rectification plan", plan);
        Assert.DoesNotContain("整改中", mine);
    }
}
