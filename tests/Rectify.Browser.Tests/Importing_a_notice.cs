using Microsoft.Playwright;

namespace Rectify.Browser.Tests;

/// <summary>Needs the findings imports API (POST /api/findings/imports, …/commit) in the embedded host.</summary>
[Collection(EmbeddedHostCollection.Name)]
public sealed class Importing_a_notice(EmbeddedHost host, ITestOutputHelper output)
{
    private const string DemoUnit = "中共赣州市水利局党组";

    [Fact]
    public async Task Uploads_checks_and_commits_it_then_shows_the_tree()
    {
        // 5 aspects, 18 problems, each with a stated status and no warnings (docs/import-format.md).
        var notice = Path.Combine(EmbeddedHost.CorpusFolder, "report_04.txt");
        await using var context = await host.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync("/");
        await Pages.SignInAsync(page);

        await page.GotoAsync("inspections");
        await page.GetByRole(AriaRole.Link, new() { Name = "导入整改通报" }).ClickAsync();
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("导入整改通报");

        await page.Locator("#notice-file").SetInputFilesAsync(notice);
        await page.GetByRole(AriaRole.Button, new() { Name = "识别通报" }).ClickAsync();

        // Sent by import-upload.js (XMLHttpRequest): either the preview opens or the error is shown in place.
        var refused = page.Locator(".import-error");
        await Assertions.Expect(page.Locator("h1", new() { HasText = "核对识别结果" }).Or(refused)).ToBeVisibleAsync(new() { Timeout = 20_000 });
        Assert.True(await refused.CountAsync() == 0, "The import was refused: " + (await refused.CountAsync() > 0 ? await refused.InnerTextAsync() : ""));
        await Assertions.Expect(page.Locator("h2").First).ToHaveTextAsync("中共吉水县交通运输局委员会关于县委巡察整改情况的通报");
        await Assertions.Expect(page.Locator("ol.import-tree .state-completed_sustained").First).ToBeVisibleAsync();
        await Screenshot(page, "10-import-preview");

        // The demo data has no 吉水县交通运输局, so the unit is chosen; the round is never in a notice.
        await page.Locator("#commit-unitId").SelectOptionAsync(new SelectOptionValue { Label = DemoUnit });
        if (await page.Locator("#commit-round").CountAsync() > 0)
        {
            await page.Locator("#commit-round").FillAsync("十五届县委第六轮");
        }

        await page.GetByRole(AriaRole.Button, new() { Name = "导入", Exact = true }).ClickAsync();

        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync(DemoUnit + " · 巡察");
        await Assertions.Expect(page.Locator("#findings li.level-1")).ToHaveCountAsync(5);
        await Assertions.Expect(page.Locator("#findings li.level-2")).ToHaveCountAsync(18);
        await Assertions.Expect(page.Locator(".facts")).ToContainTextAsync("县委第二巡察组");
        await Screenshot(page, "11-imported-inspection");
    }

    private async Task Screenshot(IPage page, string name)
    {
        var file = Path.Combine(EmbeddedHost.ScreenshotFolder, name + ".png");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = file, FullPage = true });
        output.WriteLine($"screenshot: {file}");
    }
}
