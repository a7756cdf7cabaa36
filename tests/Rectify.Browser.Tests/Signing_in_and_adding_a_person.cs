using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace Rectify.Browser.Tests;

[Collection(EmbeddedHostCollection.Name)]
public sealed class Signing_in_and_adding_a_person(EmbeddedHost host, ITestOutputHelper output)
{
    private const string DemoUnit = "中共西安市科协党组";

    [Fact]
    public async Task Shows_the_person_in_the_unit_directory()
    {
        await using var context = await host.NewContextAsync();
        var page = await context.NewPageAsync();

        await page.GotoAsync("/");
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/signin\\?returnUrl=%2F$"));
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("登录");
        await Screenshot(page, "01-signin");

        await Pages.SignInAsync(page);
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("欢迎使用巡察整改系统");

        await page.GetByRole(AriaRole.Navigation).GetByRole(AriaRole.Link, new() { Name = "被巡察单位" }).ClickAsync();
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("被巡察单位");
        await Screenshot(page, "02-units");

        await page.GetByRole(AriaRole.Link, new() { Name = DemoUnit, Exact = true }).ClickAsync();
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync(DemoUnit);

        await page.Locator("#person-name").FillAsync("陈晓明");
        await page.Locator("#person-position").FillAsync("办公室主任");
        await page.Locator("#person-email").FillAsync("chenxiaoming@example.cn");
        await page.GetByRole(AriaRole.Button, new() { Name = "添加人员" }).ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("已添加人员：陈晓明");
        var row = page.Locator("table.people tbody tr", new() { HasText = "陈晓明" });
        await Assertions.Expect(row).ToHaveCountAsync(1);
        await Assertions.Expect(row.Locator("td")).ToHaveTextAsync(["陈晓明", "办公室主任", "", "chenxiaoming@example.cn", ""]);
        await Screenshot(page, "03-unit-detail");

        // The other new pages, for a look at their layout.
        foreach (var (path, heading, name) in new[]
        {
            ("jurisdictions", "辖区", "04-jurisdictions"), ("accounts", "账号", "05-accounts"), ("profile", "我的账号", "06-profile"),
        })
        {
            await page.GotoAsync(path);
            await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync(heading);
            await Screenshot(page, name);
        }
    }

    private async Task Screenshot(IPage page, string name)
    {
        var file = Path.Combine(EmbeddedHost.ScreenshotFolder, name + ".png");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = file, FullPage = true });
        output.WriteLine($"screenshot: {file}");
    }
}
