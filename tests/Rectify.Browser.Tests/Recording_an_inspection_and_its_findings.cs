using Microsoft.Playwright;

namespace Rectify.Browser.Tests;

[Collection(EmbeddedHostCollection.Name)]
public sealed class Recording_an_inspection_and_its_findings(EmbeddedHost host, ITestOutputHelper output)
{
    private const string DemoUnit = "中共西安市科协党组";

    [Fact]
    public async Task Shows_the_finding_tree()
    {
        await using var context = await host.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync("/");
        await Pages.SignInAsync(page);

        await page.GetByRole(AriaRole.Navigation).GetByRole(AriaRole.Link, new() { Name = "巡视巡察" }).ClickAsync();
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("巡视巡察");

        await page.Locator("#inspection-unit").SelectOptionAsync(new SelectOptionValue { Label = DemoUnit });
        await page.Locator("#inspection-kind").SelectOptionAsync("xuncha");
        await page.Locator("#inspection-issuer").FillAsync("市委");
        await page.Locator("#inspection-team").FillAsync("市委第三巡察组");
        await page.Locator("#inspection-round").FillAsync("十三届市委第一轮");
        await page.Locator("#inspection-start").FillAsync("2022-03-01");
        await page.Locator("#inspection-end").FillAsync("2022-06-10");
        await page.Locator("#register button[type=submit]").ClickAsync();

        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync(DemoUnit + " · 巡察");
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("已登记巡视巡察");

        await page.Locator("#feedback-on").FillAsync("2022-07-25");
        await page.GetByRole(AriaRole.Button, new() { Name = "登记反馈" }).ClickAsync();
        await Assertions.Expect(page.Locator(".facts .status")).ToHaveTextAsync("已反馈");

        await page.Locator("#finding-ordinal").FillAsync("一");
        await page.Locator("#finding-title").FillAsync("贯彻落实新时代党的组织路线存在薄弱环节");
        await page.Locator("#record button[type=submit]").ClickAsync();
        await Assertions.Expect(page.Locator("li.level-1 .finding-title")).ToHaveTextAsync("贯彻落实新时代党的组织路线存在薄弱环节");

        await page.Locator("li.level-1").GetByRole(AriaRole.Link, new() { Name = "添加下级" }).ClickAsync();
        await page.Locator("#finding-ordinal").FillAsync("（一）");
        await page.Locator("#finding-title").FillAsync("违规发放津补贴");
        await page.Locator("#finding-money").FillAsync("12000");
        await page.Locator("#finding-immediate").CheckAsync();
        await page.Locator("#record button[type=submit]").ClickAsync();

        var problem = page.Locator("li.level-1 li.level-2");
        await Assertions.Expect(problem.Locator(".ordinal")).ToHaveTextAsync("（一）");
        await Assertions.Expect(problem.Locator(".tag")).ToHaveTextAsync(["立行立改", "涉及金额 12,000 元"]);
        await Screenshot(page, "08-inspection");

        await page.GetByRole(AriaRole.Navigation).GetByRole(AriaRole.Link, new() { Name = "巡视巡察" }).ClickAsync();
        // The demo already holds this unit's imported inspection (整改中); the one registered here is the only one just fed back.
        await Assertions.Expect(page.Locator("table.inspections tbody tr", new() { HasText = DemoUnit }).Filter(new() { HasText = "已反馈" }))
            .ToHaveCountAsync(1);
        await Screenshot(page, "09-inspections");
    }

    private async Task Screenshot(IPage page, string name)
    {
        var file = Path.Combine(EmbeddedHost.ScreenshotFolder, name + ".png");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = file, FullPage = true });
        output.WriteLine($"screenshot: {file}");
    }
}
