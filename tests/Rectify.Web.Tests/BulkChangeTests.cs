using System.Net;
using System.Text.Json;
using static Rectify.Web.Tests.FindingsData;
using static Rectify.Web.Tests.TasksData;

namespace Rectify.Web.Tests;

/// <summary>批量调整: the ticked tasks go to /api/tasks/bulk/* in one call; a refusal names each task and changes nothing.</summary>
public class BulkChangeTests
{
    private const string Page = Plan + "/bulk";

    [Fact]
    public async Task The_ticked_tasks_are_reassigned_in_one_call()
    {
        using var factory = TasksFactory(summary: Summary() + "," + Summary(id: OtherTaskId));
        factory.Gateway.On("POST /api/tasks/bulk/assignment", (_, _) => Ok("""{"tasks":[]}"""));
        var browser = await PagesTests.SignedInAsync(factory);

        var page = await WebUiFactory.TextAsync(await browser.GetAsync(Page));
        var response = await PostAsync(browser, [("Input.TaskIds", TaskId), ("Input.TaskIds", OtherTaskId), ("Input.ResponsibleDepartment", " 财务科 "),
            ("Input.ResponsiblePersonId", PersonId), ("Input.Action", "assign")]);

        Assert.Contains($"name=\"Input.TaskIds\" value=\"{OtherTaskId}\"", page);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal($"{Plan}?saved=bulk_assigned", response.Headers.Location!.PathAndQuery);
        var sent = Body(Assert.Single(factory.Gateway.Writes));
        Assert.Equal([TaskId, OtherTaskId], sent.GetProperty("taskIds").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal("财务科", sent.GetProperty("responsibleDepartment").GetString());
        Assert.Equal(PersonId, sent.GetProperty("responsiblePersonId").GetString());
        Assert.Contains("已为所选任务分配责任", await WebUiFactory.TextAsync(await browser.GetAsync(response.Headers.Location)));
    }

    [Fact]
    public async Task A_refused_deadline_change_names_the_task_and_keeps_the_choice()
    {
        using var factory = TasksFactory(summary: Summary() + "," + Summary(id: OtherTaskId));
        factory.Gateway.On("POST /api/tasks/bulk/deadline", (_, _) => FakeGateway.Json(HttpStatusCode.BadRequest, $$"""
            {"title":"Some tasks were refused; nothing was changed.","status":400,"detail":"1 项任务不能修改，全部未修改。",
             "items":[{"taskId":"{{OtherTaskId}}","status":403,"field":null,"reason":"无权调整该任务的时限。"}]}
            """));
        var browser = await PagesTests.SignedInAsync(factory);

        var text = await WebUiFactory.TextAsync(await PostAsync(browser,
            [("Input.TaskIds", TaskId), ("Input.TaskIds", OtherTaskId), ("Input.NewDeadline", "2022-12-31"), ("Input.Reason", "统一延至年底"), ("Input.Action", "deadline")]));

        Assert.True(text.Contains("1 项任务不能调整，全部未作修改"), text);
        Assert.Contains("无权调整该任务的时限。", text);
        Assert.Contains($"value=\"{OtherTaskId}\" checked", text);
        var sent = Body(Assert.Single(factory.Gateway.Writes));
        Assert.Equal("2022-12-31", sent.GetProperty("deadline").GetString());
        Assert.Equal("统一延至年底", sent.GetProperty("reason").GetString());
    }

    [Fact]
    public async Task Nothing_is_sent_without_a_task_or_without_a_reason()
    {
        using var factory = TasksFactory();
        var browser = await PagesTests.SignedInAsync(factory);

        var none = await WebUiFactory.TextAsync(await PostAsync(browser, [("Input.ResponsibleDepartment", "财务科"), ("Input.Action", "assign")]));
        var noReason = await WebUiFactory.TextAsync(await PostAsync(browser, [("Input.TaskIds", TaskId), ("Input.NewDeadline", "2022-12-31"), ("Input.Action", "deadline")]));

        Assert.True(none.Contains("请至少勾选一项任务。"), none);
        Assert.Contains("请填写理由", noReason);
        Assert.Empty(factory.Gateway.Writes);
    }

    [Fact]
    public async Task A_viewer_cannot_change_tasks_in_bulk()
    {
        using var factory = TasksFactory(ViewerProfile);
        var browser = await PagesTests.SignedInAsync(factory);

        Assert.Contains("只有本单位的整改联络员、巡察办或管理员可以批量调整任务。", await WebUiFactory.TextAsync(await browser.GetAsync(Page)));
    }

    private static async Task<HttpResponseMessage> PostAsync(HttpClient browser, (string Key, string Value)[] fields)
    {
        var page = await browser.GetStringAsync(Page);
        var form = fields.Select(f => KeyValuePair.Create(f.Key, f.Value))
            .Append(KeyValuePair.Create("_handler", "bulk-change"))
            .Append(KeyValuePair.Create("__RequestVerificationToken", WebUiFactory.AntiforgeryToken(page)));
        return await browser.PostAsync(Page, new FormUrlEncodedContent(form));
    }

    private static JsonElement Body((string Method, string Path, string? Authorization, string? Body) write) =>
        JsonDocument.Parse(write.Body!).RootElement;
}
