using Microsoft.Playwright;

namespace Rectify.Browser.Tests;

/// <summary>
/// The responsible person's daily path at 390×844: the menu folds away, the workbench lists their items, and from the
/// item they report progress, attach a photo and a PDF, and submit it for close-out.
/// </summary>
[Collection(EmbeddedHostCollection.Name)]
public sealed class A_responsible_person_on_a_phone(EmbeddedHost host, ITestOutputHelper output)
{
    [Fact]
    public async Task Reports_progress_attaches_a_photo_and_submits_for_close_out()
    {
        await using var context = await host.NewContextAsync(390, 844);
        var page = await context.NewPageAsync();
        await host.WaitForLivingDemoAsync();
        await page.GotoAsync("/");
        await Pages.SignInAsync(page, "demo-person1", EmbeddedHost.DemoPassword);

        var nav = page.Locator("nav.mainnav");
        await Assertions.Expect(nav).ToBeHiddenAsync();
        await page.Locator("label.menu-button").ClickAsync();
        await Assertions.Expect(nav).ToBeVisibleAsync();
        var myTasks = nav.GetByRole(AriaRole.Link, new() { Name = "我的任务" });
        var box = await myTasks.BoundingBoxAsync();
        Assert.True(box!.Width > 40 && box.Height < 60, $"the menu entry is squeezed: {box.Width}×{box.Height}");
        Assert.True(await page.EvaluateAsync<bool>("document.documentElement.scrollWidth <= window.innerWidth"), "the page scrolls sideways");
        await page.Locator("label.menu-button").ClickAsync();
        await Assertions.Expect(nav).ToBeHiddenAsync();

        // A yellow item: still planned, nothing reported yet.
        await Workbench_per_role.WaitForAsync(page, "#wb-mine li:has(.light-yellow) a");
        await Screenshot(page, "40-phone-workbench");
        await page.Locator("#wb-mine li:has(.light-yellow) a").First.ClickAsync();
        await Assertions.Expect(page.Locator("h1")).ToContainTextAsync("整改任务");

        await page.Locator("#progress-narrative").FillAsync("已召开专题会议研究整改，制定工作方案并组织实施。");
        await page.Locator("#progress-form button[type=submit]").ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("已报告进展");
        await Assertions.Expect(page.Locator(".facts .status")).ToHaveTextAsync("整改中");

        await page.Locator("#evidence-file").SetInputFilesAsync(new FilePayload { Name = "现场照片.png", MimeType = "image/png", Buffer = Png });
        await page.Locator("#upload-evidence button[type=submit]").ClickAsync();
        await Assertions.Expect(page.Locator(".evidence-list")).ToContainTextAsync("现场照片.png");
        await page.Locator("#evidence-file").SetInputFilesAsync(new FilePayload { Name = "整改报告.pdf", MimeType = "application/pdf", Buffer = Pdf });
        await page.Locator("#upload-evidence button[type=submit]").ClickAsync();
        await Assertions.Expect(page.Locator(".evidence-list")).ToContainTextAsync("整改报告.pdf");
        Assert.True(await page.EvaluateAsync<bool>("document.documentElement.scrollWidth <= window.innerWidth"), "the task page scrolls sideways");
        // Tables read as cards: their header row is out of sight, each row a block.
        var row = page.Locator("table.audit tbody tr").First;
        Assert.Equal("block", await row.EvaluateAsync<string>("r => getComputedStyle(r).display"));
        Assert.True((await page.Locator("table.audit thead").BoundingBoxAsync())!.Height <= 1, "the audit table still shows its header row");

        await page.Locator("#close-out-note").FillAsync("已完成整改，照片和报告已上传。");
        await page.Locator("#request-close-out button[type=submit]").ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("已申请销号");
        await Assertions.Expect(page.Locator(".facts .status")).ToHaveTextAsync("已申请销号");
        await Screenshot(page, "41-phone-submitted");
    }

    /// <summary>A 1×1 PNG (the service checks the type by its signature).</summary>
    private static readonly byte[] Png = Convert.FromBase64String(
        "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==");

    private static readonly byte[] Pdf = System.Text.Encoding.ASCII.GetBytes(
        "%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n" +
        "3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 200 200]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n");

    private async Task Screenshot(IPage page, string name)
    {
        var file = Path.Combine(EmbeddedHost.ScreenshotFolder, name + ".png");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = file, FullPage = true });
        output.WriteLine($"screenshot: {file}");
    }
}
