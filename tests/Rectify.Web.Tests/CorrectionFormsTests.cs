using System.Net;
using System.Text.Json;
using static Rectify.Web.Tests.FindingsData;
using static Rectify.Web.Tests.TasksData;

namespace Rectify.Web.Tests;

/// <summary>Corrections on the task page — 修改整改措施 and 更正成效: prefilled, sent with the page's version, refusals shown at the field.</summary>
public class CorrectionFormsTests
{
    [Fact]
    public async Task The_correction_is_sent_with_the_version_and_the_page_says_so()
    {
        using var factory = TasksFactory();
        string? ifMatch = null;
        factory.Gateway.On($"PUT /api/tasks/{TaskId}/measures", (request, _) =>
        {
            ifMatch = request.Headers.IfMatch.ToString();
            return Ok(Summary());
        });
        var browser = await PagesTests.SignedInAsync(factory);

        var page = await WebUiFactory.TextAsync(await browser.GetAsync(TaskPath));
        var response = await Forms.PostAsync(browser, TaskPath, "revise-task", new() { ["Input.Measures"] = " 修订财务报销制度并开展培训 ", ["Input.Kind"] = "sustained" });

        Assert.Contains("id=\"revise-measures\"", page);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal($"{TaskPath}?saved=revised", response.Headers.Location!.PathAndQuery);
        Assert.Equal("\"4\"", ifMatch);
        var sent = JsonDocument.Parse(Assert.Single(factory.Gateway.Writes).Body!).RootElement;
        Assert.Equal(("修订财务报销制度并开展培训", "sustained"), (sent.GetProperty("measures").GetString(), sent.GetProperty("kind").GetString()));
        Assert.Contains("已修改整改措施", await WebUiFactory.TextAsync(await browser.GetAsync(response.Headers.Location)));
    }

    [Fact]
    public async Task A_refused_kind_is_shown_at_the_field()
    {
        using var factory = TasksFactory();
        factory.Gateway.On($"PUT /api/tasks/{TaskId}/measures", (_, _) => Problem("kind", "Only a sustained (长期坚持) task may go without a deadline: set its deadline first."));
        var browser = await PagesTests.SignedInAsync(factory);

        var text = await WebUiFactory.TextAsync(await Forms.PostAsync(browser, TaskPath, "revise-task", new() { ["Input.Measures"] = "建立长效机制", ["Input.Kind"] = "time_limited" }));

        Assert.Matches("id=\"revise-kind\"[\\s\\S]*?<div class=\"validation-message\">Only a sustained", text);
    }

    [Fact]
    public async Task A_viewer_does_not_see_the_form()
    {
        using var factory = TasksFactory(ViewerProfile);
        var browser = await PagesTests.SignedInAsync(factory);

        Assert.DoesNotContain("id=\"revise-measures\"", await WebUiFactory.TextAsync(await browser.GetAsync(TaskPath)));
    }

    [Fact]
    public async Task Removing_an_outcome_figure_sends_its_id_and_the_reason()
    {
        using var factory = TasksFactory();
        string? path = null;
        factory.Gateway.On($"DELETE /api/tasks/{TaskId}/outcomes/o2", (request, _) =>
        {
            path = request.RequestUri!.PathAndQuery;
            return Ok(Summary());
        });
        var browser = await PagesTests.SignedInAsync(factory);

        var page = await WebUiFactory.TextAsync(await browser.GetAsync(TaskPath));
        var response = await Forms.PostAsync(browser, TaskPath, "remove-outcome", new() { ["Input.OutcomeId"] = "o2", ["Input.Reason"] = "金额多录一个0" });

        Assert.Contains("<option value=\"o2\">", page);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal($"{TaskPath}?saved=outcome-removed", response.Headers.Location!.PathAndQuery);
        Assert.Equal($"/api/tasks/{TaskId}/outcomes/o2?reason={Uri.EscapeDataString("金额多录一个0")}", path);
    }

    [Fact]
    public async Task A_removal_without_a_reason_is_not_sent()
    {
        using var factory = TasksFactory();
        var browser = await PagesTests.SignedInAsync(factory);

        var text = await WebUiFactory.TextAsync(await Forms.PostAsync(browser, TaskPath, "remove-outcome", new() { ["Input.OutcomeId"] = "o2" }));

        Assert.Contains("请填写理由", text);
        Assert.Empty(factory.Gateway.Writes);
    }
}
