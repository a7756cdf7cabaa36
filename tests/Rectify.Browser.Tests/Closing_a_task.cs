using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace Rectify.Browser.Tests;

/// <summary>
/// One rectification task from planned to closed (销号) on the embedded host, all through the UI: register an inspection
/// with a finding, plan a task for it, report progress, request close-out, approve it. The administrator may do every step.
/// </summary>
[Collection(EmbeddedHostCollection.Name)]
public sealed class Closing_a_task(EmbeddedHost host, ITestOutputHelper output)
{
    private const string DemoUnit = "中共西安市科协党组";
    private const string Finding = "选人用人把关不严";

    [Fact]
    public async Task Walks_planned_in_progress_submitted_closed()
    {
        await using var context = await host.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync("/");
        await Pages.SignInAsync(page);
        await Pages.RegisterInspectionWithFindingAsync(page, DemoUnit, "市委第五巡察组", Finding);

        await page.GetByRole(AriaRole.Link, new() { Name = "整改方案（任务清单）" }).ClickAsync();
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync(DemoUnit + " · 整改方案");
        var finding = await Pages.WaitForFindingAsync(page, Finding);

        await finding.GetByRole(AriaRole.Link, new() { Name = "为该问题制定任务" }).ClickAsync();
        await page.Locator("#plan-kind").SelectOptionAsync("time_limited");
        await page.Locator("#plan-measures").FillAsync("修订干部选拔任用工作规程，开展专项检查");
        await page.Locator("#plan-deadline").FillAsync(DateTime.Today.AddDays(90).ToString("yyyy-MM-dd"));
        await page.Locator("#plan-department").FillAsync("组织人事科");
        await page.Locator("#plan-task button[type=submit]").ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("已制定整改任务");
        var row = page.Locator(".plan-finding", new() { HasText = Finding }).Locator("table.tasks tbody tr");
        await Assertions.Expect(row.Locator(".status")).ToHaveTextAsync("未启动");
        await Assertions.Expect(row.Locator(".light")).ToHaveTextAsync(new Regex("^绿灯 · 剩余 \\d+ 个工作日$"));
        await Screenshot(page, "10-plan");

        await row.GetByRole(AriaRole.Link).ClickAsync();
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("整改任务：一 " + Finding);
        await page.Locator("#progress-narrative").FillAsync("一是修订干部选拔任用工作规程；二是对近三年选任工作开展自查。");
        await page.Locator("#progress-form button[type=submit]").ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("已报告进展");
        await Assertions.Expect(page.Locator(".facts .status")).ToHaveTextAsync("整改中");

        await UploadEvidenceIfOfferedAsync(page);

        await page.Locator("#close-out-note").FillAsync("已完成整改，佐证材料已上传");
        await page.Locator("#request-close-out button[type=submit]").ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("已申请销号");
        await Assertions.Expect(page.Locator(".facts .status")).ToHaveTextAsync("已申请销号");

        await page.GetByRole(AriaRole.Button, new() { Name = "同意销号" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("审核已通过");
        await Assertions.Expect(page.Locator(".facts .status")).ToHaveTextAsync("已销号");
        await Assertions.Expect(page.Locator("table.audit")).ToContainTextAsync("同意销号");
        await Screenshot(page, "11-task-closed");
    }

    /// <summary>Once evidence files land in the tasks service, close-out may need one; upload a small PDF when the page offers it.</summary>
    private static async Task UploadEvidenceIfOfferedAsync(IPage page)
    {
        var input = page.Locator("#evidence-file");
        if (await input.CountAsync() == 0)
        {
            return;
        }

        await input.SetInputFilesAsync(new FilePayload { Name = "自查报告.pdf", MimeType = "application/pdf", Buffer = SmallPdf() });
        await page.Locator("#upload-evidence button[type=submit]").ClickAsync();
        await Assertions.Expect(page.Locator(".evidence-list")).ToContainTextAsync("自查报告.pdf");
    }

    /// <summary>A minimal, valid one-page PDF (the service checks the type by content, not by name).</summary>
    private static byte[] SmallPdf() => System.Text.Encoding.ASCII.GetBytes(
        "%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n" +
        "3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 200 200]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n");

    private async Task Screenshot(IPage page, string name)
    {
        var file = Path.Combine(EmbeddedHost.ScreenshotFolder, name + ".png");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = file, FullPage = true });
        output.WriteLine($"screenshot: {file}");
    }
}
