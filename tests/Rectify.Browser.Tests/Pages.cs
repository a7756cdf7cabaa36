using Microsoft.Playwright;

namespace Rectify.Browser.Tests;

/// <summary>Steps several tests share.</summary>
internal static class Pages
{
    /// <summary>On the sign-in page (where "/" sends a new visitor): signs in as the seeded administrator.</summary>
    public static Task SignInAsync(IPage page) => SignInAsync(page, "admin", EmbeddedHost.AdminPassword);

    /// <summary>On the sign-in page: signs in as the given account (a demo account: <see cref="EmbeddedHost.DemoPassword"/>).</summary>
    public static async Task SignInAsync(IPage page, string userName, string password)
    {
        await Assertions.Expect(page.Locator("#username")).ToBeVisibleAsync();
        await page.Locator("#username").FillAsync(userName);
        await page.Locator("#password").FillAsync(password);
        await page.Locator("form button[type=submit]").ClickAsync();
        await Assertions.Expect(page.Locator("#username")).ToHaveCountAsync(0);
    }

    /// <summary>Registers an inspection of the unit, delivers its feedback and records one finding, all through the UI.</summary>
    public static async Task RegisterInspectionWithFindingAsync(IPage page, string unit, string team, string finding)
    {
        await page.GotoAsync("inspections");
        await page.Locator("#inspection-unit").SelectOptionAsync(new SelectOptionValue { Label = unit });
        await page.Locator("#inspection-kind").SelectOptionAsync("xuncha");
        await page.Locator("#inspection-issuer").FillAsync("市委");
        await page.Locator("#inspection-team").FillAsync(team);
        await page.Locator("#inspection-round").FillAsync("十三届市委第二轮");
        await page.Locator("#inspection-start").FillAsync("2023-03-01");
        await page.Locator("#inspection-end").FillAsync("2023-04-30");
        await page.Locator("#register button[type=submit]").ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("已登记巡视巡察");

        await page.Locator("#feedback-on").FillAsync("2023-05-20");
        await page.GetByRole(AriaRole.Button, new() { Name = "登记反馈" }).ClickAsync();
        await Assertions.Expect(page.Locator(".facts .status")).ToHaveTextAsync("已反馈");

        await page.Locator("#finding-ordinal").FillAsync("一");
        await page.Locator("#finding-title").FillAsync(finding);
        await page.Locator("#record button[type=submit]").ClickAsync();
        await Assertions.Expect(page.Locator("li.level-1 .finding-title")).ToHaveTextAsync(finding);
    }

    /// <summary>The tasks service learns of the finding by event (its replica); the plan shows it once it has arrived.</summary>
    public static async Task<ILocator> WaitForFindingAsync(IPage page, string title)
    {
        var finding = page.Locator(".plan-finding", new() { HasText = title });
        for (var attempt = 0; attempt < 30 && await finding.CountAsync() == 0; attempt++)
        {
            await Task.Delay(500);
            await page.ReloadAsync();
        }

        await Assertions.Expect(finding).ToHaveCountAsync(1);
        return finding;
    }
}
