using Microsoft.Playwright;

namespace Rectify.Browser.Tests;

/// <summary>
/// 提醒规则 on the embedded host: the administrator gives 南京市 rules of its own; the override is listed in words and
/// the re-plan of that jurisdiction's open deadlines (the demo unit's imported tasks) runs to the end in the background.
/// </summary>
[Collection(EmbeddedHostCollection.Name)]
public sealed class Setting_reminder_rules(EmbeddedHost host)
{
    [Fact]
    public async Task A_jurisdictions_own_rules_are_listed_and_its_reminders_replanned()
    {
        await using var context = await host.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync("/");
        await Pages.SignInAsync(page);

        await page.GotoAsync("notifications/rules");
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("提醒规则");
        var nanjing = await page.Locator("#rules-jurisdiction option", new() { HasText = "南京市" }).GetAttributeAsync("value");
        await page.Locator("#rules-jurisdiction").SelectOptionAsync(nanjing!);
        await page.GetByRole(AriaRole.Button, new() { Name = "设置规则" }).ClickAsync();
        await page.Locator("#rules-working").FillAsync("7、2");
        await page.GetByRole(AriaRole.Button, new() { Name = "保存" }).ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("已保存");
        var row = page.Locator("table.rules tbody tr", new() { HasText = "南京市" });
        await Assertions.Expect(row).ToContainTextAsync("前7、2个工作日");

        // The re-plan runs in the background; the page shows how far it has got each time it is loaded.
        var replan = page.Locator("table.replans tbody tr", new() { HasText = "南京市的提醒规则变更" });
        for (var attempt = 0; attempt < 60 && !(await replan.CountAsync() > 0 && (await replan.First.InnerTextAsync()).Contains("已完成")); attempt++)
        {
            await Task.Delay(500);
            await page.GotoAsync("notifications/rules");
        }

        // Some of the demo unit's imported tasks are still open, so there is something to re-plan.
        await Assertions.Expect(replan.First).ToContainTextAsync(new System.Text.RegularExpressions.Regex("已完成（[1-9][0-9]*项时限）"), new() { Timeout = 1000 });
    }
}
