using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using static Rectify.Web.Tests.FindingsData;

namespace Rectify.Web.Tests;

public class ImportWizardTests
{
    private const string Upload = "/inspections/import";
    private const string PreviewPage = "/inspections/import/" + ImportId;

    [Fact]
    public async Task Step_one_offers_a_file_or_pasted_text_and_the_progress_script()
    {
        using var factory = Factory();
        var browser = await PagesTests.SignedInAsync(factory);

        var text = await WebUiFactory.TextAsync(await browser.GetAsync(Upload));

        Assert.Contains("<h1>导入整改通报</h1>", text);
        Assert.Contains("enctype=\"multipart/form-data\"", text);
        Assert.Contains("name=\"__RequestVerificationToken\"", text);
        Assert.Matches("<input id=\"notice-file\" type=\"file\" name=\"file\" accept=\"\\.txt,\\.docx", text);
        Assert.Contains("<textarea id=\"notice-text\" name=\"text\"", text);
        Assert.Contains("data-uploading=\"正在上传 {0}%\"", text);
        Assert.Contains("data-parsing=\"解析中…\"", text);
        Assert.Contains("data-max-bytes=\"5242880\"", text);
        Assert.Matches("<script src=\"_content/Rectify.Web/import-upload[^\"]*\\.js\" defer>", text);
        Assert.Contains("<li class=\"current\" aria-current=\"step\">上传通报</li>", text);
    }

    [Fact]
    public async Task The_progress_script_is_served()
    {
        using var factory = Factory();
        var browser = await PagesTests.SignedInAsync(factory);
        var page = await browser.GetStringAsync(Upload);
        var src = System.Text.RegularExpressions.Regex.Match(page, "src=\"(_content/Rectify.Web/import-upload[^\"]*)\"").Groups[1].Value;

        var script = await browser.GetStringAsync("/" + src);

        Assert.Contains("XMLHttpRequest", script);
        Assert.Contains("upload.addEventListener('progress'", script);
    }

    [Fact]
    public async Task Pasted_text_is_sent_as_JSON_and_leads_to_the_preview()
    {
        using var factory = Factory();
        factory.Gateway.On("POST /api/findings/imports", (_, _) => FakeGateway.Json(HttpStatusCode.Created, Preview()));
        var browser = await PagesTests.SignedInAsync(factory);

        var response = await PostNoticeAsync(browser, text: "根据市委巡察工作统一部署……");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(PreviewPage, response.Headers.Location!.PathAndQuery);
        var post = Assert.Single(factory.Gateway.Writes);
        Assert.Equal("Bearer " + FakeGateway.Token, post.Authorization);
        Assert.Equal("根据市委巡察工作统一部署……", JsonDocument.Parse(post.Body!).RootElement.GetProperty("text").GetString());
    }

    [Fact]
    public async Task A_file_is_sent_as_multipart_and_wins_over_text()
    {
        using var factory = Factory();
        string? contentType = null;
        factory.Gateway.On("POST /api/findings/imports", (request, _) =>
        {
            contentType = request.Content!.Headers.ContentType!.MediaType;
            return FakeGateway.Json(HttpStatusCode.Created, Preview());
        });
        var browser = await PagesTests.SignedInAsync(factory);

        var response = await PostNoticeAsync(browser, text: "被忽略的文本", file: ("report_04.txt", Encoding.UTF8.GetBytes("中共西安市科协党组关于巡察整改进展情况的通报")));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("multipart/form-data", contentType);
        var body = Assert.Single(factory.Gateway.Writes).Body!;
        Assert.Contains("name=file; filename=report_04.txt", body);
        Assert.Contains("中共西安市科协党组关于巡察整改进展情况的通报", body);
        Assert.DoesNotContain("被忽略的文本", body);
    }

    [Fact]
    public async Task A_file_the_importer_cannot_read_shows_its_message_and_keeps_the_text()
    {
        using var factory = Factory();
        factory.Gateway.On("POST /api/findings/imports", (_, _) => FakeGateway.Json(HttpStatusCode.BadRequest,
            """{"title":"One or more validation errors occurred.","status":400,"errors":{"file":["The file is a PDF; save the notice as .docx or .txt."]}}"""));
        var browser = await PagesTests.SignedInAsync(factory);

        var response = await PostNoticeAsync(browser, text: "我粘贴的内容", file: ("notice.pdf", "%PDF-1.7"u8.ToArray()));
        var text = await WebUiFactory.TextAsync(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Matches("class=\"error import-error\" role=\"alert\">\\s*<p><strong>无法识别该文件：</strong></p>\\s*<p>The file is a PDF; save the notice as .docx or .txt.</p>", text);
        Assert.Contains(">我粘贴的内容</textarea>", text);
    }

    [Fact]
    public async Task Nothing_to_import_is_not_sent()
    {
        using var factory = Factory();
        var browser = await PagesTests.SignedInAsync(factory);

        var text = await WebUiFactory.TextAsync(await PostNoticeAsync(browser, text: "   "));

        Assert.Contains("请选择文件或粘贴通报全文", text);
        Assert.Empty(factory.Gateway.Writes);
    }

    [Fact]
    public async Task A_file_over_5_MB_is_not_sent()
    {
        using var factory = Factory();
        var browser = await PagesTests.SignedInAsync(factory);

        var text = await WebUiFactory.TextAsync(await PostNoticeAsync(browser, file: ("big.txt", new byte[5 * 1024 * 1024 + 1])));

        Assert.Contains("文件超过 5 MB", text);
        Assert.Empty(factory.Gateway.Writes);
    }

    [Fact]
    public async Task Step_two_shows_warnings_metadata_totals_and_the_tree()
    {
        using var factory = Factory();
        var browser = await PagesTests.SignedInAsync(factory);

        var text = await WebUiFactory.TextAsync(await browser.GetAsync(PreviewPage));

        Assert.Matches("class=\"panel warnings\" role=\"alert\">\\s*<h2>识别提示（2 条），请核对</h2>", text);
        Assert.Contains("<li>no on-site period (…至…) in the opening sentence</li>", text);
        Assert.Contains("<h2>中共西安市科协党组关于巡察整改进展情况的通报</h2>", text);
        Assert.Contains("<dd>市委第三巡察组</dd>", text);
        Assert.Contains("<dd>巡察</dd>", text);
        Assert.Matches("<th>通报所述</th>\\s*<td class=\"num\">2</td><td class=\"num\">3</td>\\s*<td class=\"num\">—</td>\\s*<td class=\"num\">2 \\(66.7%\\)</td>", text);
        Assert.Contains("识别出的层级：2 / 2；末级 2 项，其中 2 项注明了完成状态。", text);
        Assert.Matches("学习贯彻不深入</span>\\s*<span class=\"tag state-completed_sustained\" title=\"已完成整改并长期坚持\">已完成并长期坚持</span>", text);
        Assert.Contains("<span>责任领导：张三</span>", text);
        Assert.Matches("<ul class=\"measures\"[^>]*>\\s*<li>制定理论学习计划</li>\\s*<li>开展专题研讨3次</li>", text);
        Assert.Contains("<li class=\"current\" aria-current=\"step\">核对识别结果</li>", text);
    }

    [Fact]
    public async Task Step_two_asks_for_the_unit_and_what_the_notice_does_not_say()
    {
        using var factory = Factory();
        var browser = await PagesTests.SignedInAsync(factory);

        var text = await WebUiFactory.TextAsync(await browser.GetAsync(PreviewPage));

        Assert.Matches($"id=\"commit-unitId\"[\\s\\S]*?<option value=\"{UnitId}\" selected>中共西安市科协党组</option>", text);
        Assert.Contains("id=\"commit-onSiteStart\"", text);
        Assert.Contains("id=\"commit-onSiteEnd\"", text);
        Assert.Contains("id=\"commit-round\"", text);
        Assert.Matches("id=\"commit-type\"[\\s\\S]*?<option value=\"常规\" selected>常规</option>", text);
        // What the notice does say is not asked again.
        Assert.DoesNotContain("id=\"commit-team\"", text);
        Assert.DoesNotContain("id=\"commit-feedbackOn\"", text);
    }

    [Fact]
    public async Task Without_a_matching_unit_the_user_is_told_to_choose()
    {
        using var factory = Factory();
        factory.Gateway.On($"GET /api/findings/imports/{ImportId}", (_, _) => Ok(Preview(suggestedUnitId: null)));
        var browser = await PagesTests.SignedInAsync(factory);

        var text = await WebUiFactory.TextAsync(await browser.GetAsync(PreviewPage));

        Assert.Contains("没有与“中共西安市科协党组”同名的单位，请选择。", text);
        Assert.DoesNotContain(" selected>中共西安市科协党组</option>", text);
    }

    [Fact]
    public async Task Step_three_commits_the_supplied_fields_and_opens_the_inspection()
    {
        using var factory = Factory();
        factory.Gateway.On($"POST /api/findings/imports/{ImportId}/commit", (_, _) => FakeGateway.Json(HttpStatusCode.Created,
            $$"""{"importId":"{{ImportId}}","inspectionId":"{{InspectionId}}","findings":4,"tasks":2}"""));
        var browser = await PagesTests.SignedInAsync(factory);

        var response = await PostCommitAsync(browser, new()
        {
            ["Input.UnitId"] = UnitId, ["Input.Type"] = "常规", ["Input.Round"] = "", ["Input.OnSiteStart"] = "2022-03-01", ["Input.OnSiteEnd"] = "2022-06-10",
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(Inspection + "?saved=imported", response.Headers.Location!.PathAndQuery);
        var sent = JsonDocument.Parse(Assert.Single(factory.Gateway.Writes).Body!).RootElement;
        Assert.Equal(UnitId, sent.GetProperty("unitId").GetString());
        Assert.Equal("常规", sent.GetProperty("type").GetString());
        Assert.Equal("2022-03-01", sent.GetProperty("onSiteStart").GetString());
        // An empty round is said explicitly; what the notice states is left to it.
        Assert.Equal("", sent.GetProperty("round").GetString());
        Assert.False(sent.TryGetProperty("team", out _));
        Assert.False(sent.TryGetProperty("feedbackOn", out _));
        Assert.Contains("通报已导入", await WebUiFactory.TextAsync(await browser.GetAsync(response.Headers.Location)));
    }

    [Fact]
    public async Task A_refused_commit_shows_the_field_even_when_the_notice_seemed_to_give_it()
    {
        using var factory = Factory();
        factory.Gateway.On($"POST /api/findings/imports/{ImportId}/commit", (_, _) => FakeGateway.Json(HttpStatusCode.BadRequest,
            """{"title":"One or more validation errors occurred.","status":400,"errors":{"feedbackOn":["The feedback date is missing."]}}"""));
        var browser = await PagesTests.SignedInAsync(factory);

        var response = await PostCommitAsync(browser, new()
        {
            ["Input.UnitId"] = UnitId, ["Input.Type"] = "专项", ["Input.Round"] = "十三届市委第一轮", ["Input.OnSiteStart"] = "2022-03-01", ["Input.OnSiteEnd"] = "2022-06-10",
        });
        var text = await WebUiFactory.TextAsync(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("尚不能导入", text);
        Assert.Matches("id=\"commit-feedbackOn\"[^>]*>\\s*<span class=\"muted hint\">[^<]*</span>\\s*<div class=\"validation-message\">The feedback date is missing.</div>", text);
        Assert.Matches("id=\"commit-round\"[^>]*value=\"十三届市委第一轮\"", text);
        Assert.Matches("<option value=\"专项\" selected>", text);
        Assert.Contains("name=\"Input.Ask\" value=\"onSiteStart,onSiteEnd,round,type,feedbackOn\"", text);
    }

    [Fact]
    public async Task A_field_asked_after_a_refusal_is_sent_on_the_next_commit()
    {
        using var factory = Factory();
        factory.Gateway.On($"POST /api/findings/imports/{ImportId}/commit", (_, _) => FakeGateway.Json(HttpStatusCode.Created,
            $$"""{"importId":"{{ImportId}}","inspectionId":"{{InspectionId}}","findings":4,"tasks":2}"""));
        var browser = await PagesTests.SignedInAsync(factory);

        await PostCommitAsync(browser, new()
        {
            ["Input.UnitId"] = UnitId, ["Input.Ask"] = "onSiteStart,feedbackOn", ["Input.OnSiteStart"] = "2022-03-01", ["Input.FeedbackOn"] = "2022-07-26",
        });

        var sent = JsonDocument.Parse(Assert.Single(factory.Gateway.Writes).Body!).RootElement;
        Assert.Equal("2022-07-26", sent.GetProperty("feedbackOn").GetString());
    }

    [Fact]
    public async Task Committing_twice_is_reported()
    {
        using var factory = Factory();
        factory.Gateway.On($"POST /api/findings/imports/{ImportId}/commit", (_, _) => FakeGateway.Json(HttpStatusCode.Conflict, "{}"));
        var browser = await PagesTests.SignedInAsync(factory);

        var text = await WebUiFactory.TextAsync(await PostCommitAsync(browser, new() { ["Input.UnitId"] = UnitId }));

        Assert.Contains("该通报已经导入过", text);
    }

    [Fact]
    public async Task A_committed_preview_links_to_its_inspection_instead_of_the_form()
    {
        using var factory = Factory();
        factory.Gateway.On($"GET /api/findings/imports/{ImportId}", (_, _) => Ok(Preview("committed", InspectionId)));
        var browser = await PagesTests.SignedInAsync(factory);

        var text = await WebUiFactory.TextAsync(await browser.GetAsync(PreviewPage));

        Assert.Contains($"<a href=\"inspections/{InspectionId}\">查看巡视巡察</a>", text);
        Assert.DoesNotContain("commit-import", text);
        Assert.Contains("<li class=\"current\" aria-current=\"step\">导入</li>", text);
    }

    [Fact]
    public async Task The_wizard_is_English_with_the_culture_cookie()
    {
        using var factory = Factory();
        var browser = await PagesTests.SignedInAsync(factory);
        await browser.GetAsync("/culture/set?culture=en&redirectUri=%2F");

        var upload = await WebUiFactory.TextAsync(await browser.GetAsync(Upload));
        var preview = await WebUiFactory.TextAsync(await browser.GetAsync(PreviewPage));

        Assert.Contains("<h1>Import a notice</h1>", upload);
        Assert.Contains("data-parsing=\"Reading the notice…\"", upload);
        Assert.Contains("2 warning(s): please check", preview);
        Assert.Contains("Completed, sustained", preview);
        Assert.Contains("The notice does not say the following", preview);
        Assert.DoesNotContain("核对识别结果", preview);
    }

    private static async Task<HttpResponseMessage> PostNoticeAsync(HttpClient browser, string? text = null, (string Name, byte[] Content)? file = null)
    {
        var page = await browser.GetStringAsync(Upload);
        using var form = new MultipartFormDataContent
        {
            { new StringContent("import-notice"), "_handler" },
            { new StringContent(WebUiFactory.AntiforgeryToken(page)), "__RequestVerificationToken" },
            { new StringContent(text ?? ""), "text" },
        };
        if (file is { } f)
        {
            var part = new ByteArrayContent(f.Content);
            part.Headers.ContentType = new MediaTypeHeaderValue("text/plain");
            form.Add(part, "file", f.Name);
        }

        return await browser.PostAsync(Upload, form);
    }

    private static Task<HttpResponseMessage> PostCommitAsync(HttpClient browser, Dictionary<string, string> fields)
    {
        // What the form carries when it is first shown: the fields the preview says are missing.
        fields.TryAdd("Input.Ask", "onSiteStart,onSiteEnd,round,type");
        return Forms.PostAsync(browser, PreviewPage, "commit-import", fields);
    }
}
