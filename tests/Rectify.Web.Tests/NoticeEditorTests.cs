using System.Net;
using static Rectify.Web.Tests.ReportsData;

namespace Rectify.Web.Tests;

public class NoticeEditorTests
{
    [Fact]
    public async Task The_editor_shows_the_narrative_the_overrides_per_item_and_the_preview()
    {
        using var factory = new WebUiFactory();
        factory.Gateway.ServeReports().On($"GET /api/reports/notices/{Notice}", (_, _) => FakeGateway.Json(HttpStatusCode.OK, NoticeView(3)));
        var browser = await PagesTests.SignedInAsync(factory);

        var text = await WebUiFactory.TextAsync(await browser.GetAsync($"/reports/notices/{Notice}"));

        Assert.Contains("版本3的组织落实</textarea>", text);
        Assert.Contains($"name=\"Edit.Items[0].FindingId\" value=\"{Leaf}\"", text);
        Assert.Contains("一 / 2 财务管理不规范", text);
        Assert.Matches("<textarea[^>]*name=\"Edit.Items\\[0\\].Text\"[^>]*>已修订财务制度</textarea>", text);
        Assert.Matches("<textarea[^>]*name=\"Edit.Organisation\"", text);
        Assert.Contains("<p>整改情况：已修订财务制度</p>", text); // the preview: the API's HTML, inside the page
        Assert.Contains($"href=\"reports/notices/{Notice}/download/docx\"", text);
        Assert.Contains($"href=\"reports/notices/{Notice}/download/pdf\"", text);
        Assert.Contains("name=\"_handler\" value=\"publish-notice\"", text);
    }

    [Fact]
    public async Task A_download_through_the_ui_keeps_the_chinese_file_name_as_the_api_gave_it()
    {
        const string name = "中共县科技局党组关于市委巡察整改进展情况的通报.docx";
        using var factory = new WebUiFactory();
        factory.Gateway.ServeReports().On($"GET /api/reports/notices/{Notice}/docx", (_, _) =>
        {
            var answer = new HttpResponseMessage(HttpStatusCode.OK) { Content = new ByteArrayContent("PK"u8.ToArray()) };
            answer.Content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
            answer.Content.Headers.ContentDisposition = new System.Net.Http.Headers.ContentDispositionHeaderValue("attachment") { FileNameStar = name };
            return answer;
        });
        var browser = await PagesTests.SignedInAsync(factory);

        var response = await browser.GetAsync($"/reports/notices/{Notice}/download/docx");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(name, response.Content.Headers.ContentDisposition!.FileNameStar);
        Assert.DoesNotContain("%25", string.Join("", response.Content.Headers.GetValues("Content-Disposition")));
    }

    [Fact]
    public async Task Saving_sends_the_loaded_version_as_if_match_and_the_overrides()
    {
        using var factory = new WebUiFactory();
        string? ifMatch = null;
        factory.Gateway.ServeReports()
            .On($"GET /api/reports/notices/{Notice}", (_, _) => FakeGateway.Json(HttpStatusCode.OK, NoticeView(ifMatch is null ? 3 : 4)))
            .On($"PUT /api/reports/notices/{Notice}", (request, _) =>
            {
                ifMatch = request.Headers.IfMatch.ToString();
                return FakeGateway.Json(HttpStatusCode.OK, NoticeView(4));
            });
        var browser = await PagesTests.SignedInAsync(factory);

        var response = await Forms.PostAsync(browser, $"/reports/notices/{Notice}", "edit-notice", new()
        {
            ["Edit.Version"] = "3",
            ["Edit.Organisation"] = "  党组书记履行第一责任人职责  ",
            ["Edit.NextSteps"] = "",
            ["Edit.Items[0].FindingId"] = Leaf,
            ["Edit.Items[0].Label"] = "2 财务管理不规范",
            ["Edit.Items[0].Text"] = "修订财务报销制度",
        });
        var text = await WebUiFactory.TextAsync(response);

        Assert.Equal("\"3\"", ifMatch);
        var body = Assert.Single(factory.Gateway.Writes).Body!;
        Assert.Contains("\"organisation\":\"党组书记履行第一责任人职责\"", System.Text.RegularExpressions.Regex.Unescape(body));
        Assert.Contains("\"nextSteps\":null", body);
        Assert.Contains($"\"overrides\":{{\"{Leaf}\":\"修订财务报销制度\"}}", System.Text.RegularExpressions.Regex.Unescape(body));
        Assert.Contains("已保存，预览已更新。", text);
        Assert.Contains("name=\"Edit.Version\" value=\"4\"", text);
    }

    [Fact]
    public async Task A_stale_save_says_someone_else_saved_first_and_reloads_their_version()
    {
        using var factory = new WebUiFactory();
        var saved = false;
        factory.Gateway.ServeReports()
            .On($"GET /api/reports/notices/{Notice}", (_, _) => FakeGateway.Json(HttpStatusCode.OK, NoticeView(saved ? 5 : 3)))
            .On($"PUT /api/reports/notices/{Notice}", (_, _) =>
            {
                saved = true; // someone else's save made it version 5
                return FakeGateway.Json(HttpStatusCode.PreconditionFailed, """{"title":"Precondition Failed","status":412}""");
            });
        var browser = await PagesTests.SignedInAsync(factory);

        var text = await WebUiFactory.TextAsync(await Forms.PostAsync(browser, $"/reports/notices/{Notice}", "edit-notice", new()
        {
            ["Edit.Version"] = "3",
            ["Edit.Organisation"] = "我的修改",
        }));

        Assert.True(text.Contains("该通报已被他人修改，未保存您的修改。"), text[..Math.Min(text.Length, 1500)]);
        Assert.Contains("版本5的组织落实</textarea>", text);
        Assert.DoesNotContain("我的修改", text);
        Assert.Contains("name=\"Edit.Version\" value=\"5\"", text);
    }

    [Fact]
    public async Task Publishing_posts_with_the_version_shown()
    {
        using var factory = new WebUiFactory();
        string? ifMatch = null;
        factory.Gateway.ServeReports()
            .On($"GET /api/reports/notices/{Notice}", (_, _) => FakeGateway.Json(HttpStatusCode.OK, NoticeView(ifMatch is null ? 3 : 4, ifMatch is null ? "draft" : "published")))
            .On($"POST /api/reports/notices/{Notice}/publish", (request, _) =>
            {
                ifMatch = request.Headers.IfMatch.ToString();
                return FakeGateway.Json(HttpStatusCode.OK, NoticeView(4, "published"));
            });
        var browser = await PagesTests.SignedInAsync(factory);

        var text = await WebUiFactory.TextAsync(await Forms.PostAsync(browser, $"/reports/notices/{Notice}", "publish-notice", new() { ["Action.Version"] = "3" }));

        Assert.Equal("\"3\"", ifMatch);
        Assert.Contains("通报已发布，公众可以查看。", text);
        Assert.Contains($"href=\"published-notices/{Notice}\"", text);
        Assert.Contains("name=\"_handler\" value=\"withdraw-notice\"", text);
    }

    [Fact]
    public async Task The_public_notice_page_needs_no_sign_in_and_sends_no_token()
    {
        using var factory = new WebUiFactory();
        factory.Gateway.ServeReports();
        var anonymous = factory.Browser();

        var response = await anonymous.GetAsync($"/published-notices/{Notice}");
        var text = await WebUiFactory.TextAsync(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("<h1>中共县科技局党组关于县委巡察整改进展情况的通报</h1>", text);
        Assert.Contains("联系电话：0591-87654321", text);
        Assert.Contains($"href=\"public/notices/{Notice}/docx\"", text);
        Assert.DoesNotContain("退出登录", text);
        Assert.Null(Assert.Single(factory.Gateway.Requests, r => r.Path == $"/public/notices/{Notice}").Authorization);
    }

    [Fact]
    public async Task A_withdrawn_public_notice_says_so()
    {
        using var factory = new WebUiFactory();
        var anonymous = factory.Browser();

        var text = await WebUiFactory.TextAsync(await anonymous.GetAsync($"/published-notices/{Notice}"));

        Assert.Contains("该通报不存在或已撤回。", text);
    }
}
