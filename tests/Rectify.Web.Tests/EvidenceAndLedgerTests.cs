using System.Net;
using System.Net.Http.Headers;
using static Rectify.Web.Tests.FindingsData;
using static Rectify.Web.Tests.TasksData;

namespace Rectify.Web.Tests;

/// <summary>
/// Evidence upload and the ledger pages, against docs/tasks.md on branch tasks2 (api/tasks/{id}/evidence,
/// .../evidence/{evidenceId}/content and api/tasks/inspections/{id}/ledger, multipart field "file").
/// </summary>
public class EvidenceAndLedgerTests
{
    private const string Evidence = $$"""
        [{"id":"ev1","fileName":"自查报告.pdf","contentType":"application/pdf","size":20480,"sha256":"ab","uploadedByName":"李娜",
          "uploadedAt":"2022-09-01T08:00:00Z","reusedBy":[{"taskId":"7a000000-0000-0000-0000-000000000002","fileName":"自查报告.pdf"}],"reusedOutOfScope":0}]
        """;

    [Fact]
    public async Task Without_evidence_endpoints_the_task_page_leaves_the_section_out()
    {
        using var factory = TasksFactory();
        var browser = await PagesTests.SignedInAsync(factory);

        var text = await WebUiFactory.TextAsync(await browser.GetAsync(TaskPath));

        Assert.Contains("整改进展", text);
        Assert.DoesNotContain("id=\"evidence\"", text);
    }

    [Fact]
    public async Task Evidence_is_listed_and_uploaded_with_a_progress_bar_and_a_duplicate_warning()
    {
        using var factory = TasksFactory();
        string? uploaded = null;
        factory.Gateway
            .On($"GET /api/tasks/{TaskId}/evidence", (_, _) => Ok(Evidence))
            .On($"POST /api/tasks/{TaskId}/evidence", (_, body) =>
            {
                uploaded = body;
                return FakeGateway.Json(HttpStatusCode.Created, """{"evidence":{"id":"ev2","fileName":"自查报告.pdf"},"warnings":[{"code":"reused_across_tasks","message":"同一文件已作为其他 1 项整改任务的佐证材料","tasks":[],"outOfScope":0}],"task":null}""");
            });
        var browser = await PagesTests.SignedInAsync(factory);

        var page = await WebUiFactory.TextAsync(await browser.GetAsync(TaskPath));
        var response = await UploadAsync(browser, page, $"/tasks/{TaskId}/evidence", "自查报告.pdf", "%PDF-1.4 test"u8.ToArray());
        var after = await WebUiFactory.TextAsync(await browser.GetAsync(response.Headers.Location));

        Assert.Matches($"<a href=\"tasks/{TaskId}/evidence/ev1\">自查报告.pdf</a>\\s*<span class=\"muted\">20 KB</span>", page);
        Assert.Contains("<span class=\"tag warn\">重复使用</span>", page);
        Assert.Contains("data-upload-progress", page);
        Assert.Matches($"<form method=\"post\" action=\"tasks/{TaskId}/evidence\" enctype=\"multipart/form-data\" id=\"upload-evidence\"", page);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith($"/tasks/{TaskId}?saved=evidence&duplicate=1", response.Headers.Location!.OriginalString);
        Assert.Contains("name=file; filename=", uploaded);
        Assert.Contains("%PDF-1.4 test", uploaded);
        Assert.Contains("已上传佐证材料", after);
        Assert.Contains("同一文件已用于其他整改任务", after);
        Assert.Contains("同一文件已作为其他 1 项整改任务的佐证材料", after);
    }

    [Fact]
    public async Task A_refused_evidence_file_says_why()
    {
        using var factory = TasksFactory();
        factory.Gateway
            .On($"GET /api/tasks/{TaskId}/evidence", (_, _) => Ok("[]"))
            .On($"POST /api/tasks/{TaskId}/evidence", (_, _) => Problem("file", "The content is not a PDF, Word, Excel, JPG or PNG file."));
        var browser = await PagesTests.SignedInAsync(factory);

        var page = await WebUiFactory.TextAsync(await browser.GetAsync(TaskPath));
        var response = await UploadAsync(browser, page, $"/tasks/{TaskId}/evidence", "假的.pdf", "MZ not a pdf"u8.ToArray());
        var after = await WebUiFactory.TextAsync(await browser.GetAsync(response.Headers.Location));

        Assert.Contains("文件未被接受。", after);
        Assert.Contains("The content is not a PDF, Word, Excel, JPG or PNG file.", after);
    }

    [Fact]
    public async Task The_ledger_page_exports_and_imports()
    {
        using var factory = TasksFactory();
        factory.Gateway
            .On($"GET /api/tasks/{TaskId}/evidence/ev1/content", (_, _) => Ok("{}"))
            .On($"GET /api/tasks/inspections/{InspectionId}/ledger", (_, _) => new HttpResponseMessage(HttpStatusCode.OK)
            {
                Content = new ByteArrayContent("PK"u8.ToArray())
                {
                    Headers = { ContentType = new MediaTypeHeaderValue("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet") },
                },
            })
            .On($"POST /api/tasks/inspections/{InspectionId}/ledger", (_, _) => Ok("""{"created":2,"updated":1,"unchanged":5}"""));
        var browser = await PagesTests.SignedInAsync(factory);
        var url = $"{Inspection}/ledger";

        var page = await WebUiFactory.TextAsync(await browser.GetAsync(url));
        var download = await browser.GetAsync($"{Inspection}/ledger.xlsx");
        var evidence = await browser.GetAsync($"/tasks/{TaskId}/evidence/ev1");
        var imported = await WebUiFactory.TextAsync(await UploadAsync(browser, page, url, "台账.xlsx", "PK"u8.ToArray(), "import-ledger"));

        Assert.Contains("<h1>中共西安市科协党组 · 整改台账</h1>", page);
        Assert.Contains($"href=\"inspections/{InspectionId}/ledger.xlsx\"", page);
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal("PK", await download.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, evidence.StatusCode);
        Assert.Contains("已导入：新建 2 项，更新 1 项，未变 5 项。", imported);
    }

    [Fact]
    public async Task A_bad_ledger_lists_every_row_and_column()
    {
        using var factory = TasksFactory();
        factory.Gateway.On($"POST /api/tasks/inspections/{InspectionId}/ledger", (_, _) => FakeGateway.Json(HttpStatusCode.BadRequest,
            """{"title":"The ledger has errors.","status":400,"rows":[{"row":3,"column":"完成时限","reason":"不是日期"},{"row":5,"column":"责任人","reason":"不是本单位人员"}]}"""));
        var browser = await PagesTests.SignedInAsync(factory);
        var url = $"{Inspection}/ledger";

        var page = await WebUiFactory.TextAsync(await browser.GetAsync(url));
        var text = await WebUiFactory.TextAsync(await UploadAsync(browser, page, url, "台账.xlsx", "PK"u8.ToArray(), "import-ledger"));

        Assert.Contains("台账有误，未写入任何数据。", text);
        Assert.Matches("<td>3</td><td>完成时限</td><td>不是日期</td>", text);
        Assert.Matches("<td>5</td><td>责任人</td><td>不是本单位人员</td>", text);
    }

    [Fact]
    public async Task An_ods_or_xls_ledger_is_not_sent_and_the_page_says_to_save_it_as_xlsx_in_both_languages()
    {
        using var factory = TasksFactory();
        var browser = await PagesTests.SignedInAsync(factory);
        var url = $"{Inspection}/ledger";
        byte[] xls = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0, 0, 0, 0];

        var page = await WebUiFactory.TextAsync(await browser.GetAsync(url));
        var chinese = await WebUiFactory.TextAsync(await UploadAsync(browser, page, url, "台账.ods", Ods(), "import-ledger"));
        await browser.GetAsync("/culture/set?culture=en&redirectUri=%2F");
        page = await WebUiFactory.TextAsync(await browser.GetAsync(url));
        var english = await WebUiFactory.TextAsync(await UploadAsync(browser, page, url, "ledger.xls", xls, "import-ledger"));

        Assert.Contains("这是 OpenDocument 表格（.ods），不能导入。请在表格软件中另存为“Excel 工作簿（.xlsx）”后再上传。", chinese);
        Assert.Contains("This is an old Excel file (.xls) or a password-protected workbook, which cannot be imported. Save it as an Excel workbook (.xlsx)", english);
        Assert.DoesNotContain(factory.Gateway.Requests, r => r.Path.EndsWith("/ledger", StringComparison.Ordinal) && r.Method == "POST");
    }

    /// <summary>The start of an .ods: a ZIP whose first entry, stored uncompressed, is "mimetype".</summary>
    private static byte[] Ods()
    {
        using var buffer = new MemoryStream();
        using (var zip = new System.IO.Compression.ZipArchive(buffer, System.IO.Compression.ZipArchiveMode.Create, leaveOpen: true))
        using (var mimetype = new StreamWriter(zip.CreateEntry("mimetype", System.IO.Compression.CompressionLevel.NoCompression).Open()))
            mimetype.Write("application/vnd.oasis.opendocument.spreadsheet");
        return buffer.ToArray();
    }

    [Fact]
    public async Task A_viewer_may_export_but_not_import()
    {
        using var factory = TasksFactory(ViewerProfile);
        var browser = await PagesTests.SignedInAsync(factory);

        var page = await WebUiFactory.TextAsync(await browser.GetAsync($"{Inspection}/ledger"));

        Assert.Contains("下载台账（.xlsx）", page);
        Assert.DoesNotContain("import-ledger", page);
    }

    /// <summary>A multipart post with the page's antiforgery token, as the browser sends the upload forms.</summary>
    private static Task<HttpResponseMessage> UploadAsync(HttpClient browser, string page, string url, string fileName, byte[] content, string? handler = null)
    {
        var form = new MultipartFormDataContent
        {
            { new StringContent(WebUiFactory.AntiforgeryToken(page)), "__RequestVerificationToken" },
            { new ByteArrayContent(content), "file", fileName },
        };
        if (handler is not null)
        {
            form.Add(new StringContent(handler), "_handler");
        }

        return browser.PostAsync(url, form);
    }
}
