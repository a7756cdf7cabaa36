using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace Rectify.Browser.Tests;

/// <summary>
/// The upload step with and without import-upload.js. Either way the server's answer is the same page: the preview
/// when the imports API reads the file, otherwise the form with the error in place. Both prove antiforgery held.
/// </summary>
[Collection(EmbeddedHostCollection.Name)]
public sealed class Uploading_a_notice(EmbeddedHost host)
{
    [Fact]
    public async Task Shows_progress_with_the_script()
    {
        await using var context = await host.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync("/");
        await Pages.SignInAsync(page);
        await page.GotoAsync("inspections/import");

        // Hold the post a moment so that the progress can be seen before the answer replaces it.
        await page.RouteAsync("**/inspections/import", async route =>
        {
            if (route.Request.Method == "POST")
            {
                await Task.Delay(1500);
            }

            await route.ContinueAsync();
        });
        await page.Locator("#notice-file").SetInputFilesAsync(Path.Combine(EmbeddedHost.CorpusFolder, "report_04.txt"));
        await page.GetByRole(AriaRole.Button, new() { Name = "识别通报" }).ClickAsync();

        await Assertions.Expect(page.Locator(".upload-progress")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator(".upload-label")).ToHaveTextAsync(new Regex("正在上传 \\d+%|解析中…"));
        await ExpectAnswerAsync(page);
    }

    [Fact]
    public async Task Refuses_a_file_over_5_MB_before_sending_it()
    {
        await using var context = await host.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync("/");
        await Pages.SignInAsync(page);
        await page.GotoAsync("inspections/import");
        var posted = false;
        page.Request += (_, request) => posted |= request.Method == "POST";

        await page.Locator("#notice-file").SetInputFilesAsync(new FilePayload
        {
            Name = "big.txt", MimeType = "text/plain", Buffer = new byte[5 * 1024 * 1024 + 1],
        });
        await page.GetByRole(AriaRole.Button, new() { Name = "识别通报" }).ClickAsync();

        await Assertions.Expect(page.Locator(".upload-label")).ToHaveTextAsync("文件超过 5 MB，无法导入。");
        Assert.False(posted);
    }

    [Fact]
    public async Task Posts_the_plain_form_without_script()
    {
        await using var context = await host.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = host.BaseAddress.ToString(), Locale = "zh-CN", JavaScriptEnabled = false,
        });
        var page = await context.NewPageAsync();
        await page.GotoAsync("/");
        await Pages.SignInAsync(page);
        await page.GotoAsync("inspections/import");

        await page.Locator("#notice-text").FillAsync(await File.ReadAllTextAsync(Path.Combine(EmbeddedHost.CorpusFolder, "report_04.txt")));
        await page.GetByRole(AriaRole.Button, new() { Name = "识别通报" }).ClickAsync();

        await ExpectAnswerAsync(page);
    }

    private static async Task ExpectAnswerAsync(IPage page)
    {
        var preview = page.Locator("h1", new() { HasText = "核对识别结果" });
        var refused = page.Locator(".import-error");
        await Assertions.Expect(preview.Or(refused)).ToBeVisibleAsync(new() { Timeout = 20_000 });
        await Assertions.Expect(page.Locator(".upload-progress")).ToBeHiddenAsync();
    }
}
