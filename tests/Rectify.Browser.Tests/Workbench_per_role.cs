using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace Rectify.Browser.Tests;

/// <summary>
/// The living demo as each printed account sees it on the home page's workbench (工作台), on a desktop: something real
/// to do for every role, every line a link. The demo's deadlines are counted from the day the host first started.
/// </summary>
[Collection(EmbeddedHostCollection.Name)]
public sealed class Workbench_per_role(EmbeddedHost host, ITestOutputHelper output)
{
    [Fact]
    public async Task A_responsible_person_finds_their_overdue_and_yellow_items()
    {
        var page = await SignedInAsync("demo-person1", card: "#wb-mine");
        var mine = page.Locator("#wb-mine");
        await Assertions.Expect(mine.Locator("[data-light=red]")).Not.ToHaveTextAsync("红灯 0");
        await Assertions.Expect(mine.Locator("[data-light=yellow]")).Not.ToHaveTextAsync("黄灯 0");
        await Assertions.Expect(mine.Locator(".wb-next a")).ToHaveAttributeAsync("href", new Regex("^tasks/[0-9a-f-]{36}$"));
        await Assertions.Expect(page.Locator("#wb-review")).ToHaveCountAsync(0);
        await Screenshot(page, "30-workbench-person");

        await mine.Locator("li a").First.ClickAsync();
        await Assertions.Expect(page.Locator("h1")).ToContainTextAsync("整改任务");
        await Assertions.Expect(page.Locator(".facts")).ToContainTextAsync("张晓明");
    }

    [Fact]
    public async Task A_unit_coordinator_finds_close_outs_to_review_and_overdue_items()
    {
        var page = await SignedInAsync("demo-coordinator", card: "#wb-review li a");
        await Assertions.Expect(page.Locator("#wb-overdue li a").First).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("#wb-mine")).ToHaveCountAsync(0);
        await Screenshot(page, "31-workbench-coordinator");

        await page.Locator("#wb-review li a").First.ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "同意销号" })).ToBeVisibleAsync();
    }

    [Fact]
    public async Task The_inspection_office_finds_the_escalations_addressed_to_it()
    {
        var page = await SignedInAsync("demo-office", card: "#wb-overdue li a");
        // Besides the overdue items, the unit's overdue plan, report and notice are escalated (those lead to the inbox),
        // each by its own sweep: the item's may come last.
        var item = "#wb-escalations li a[href^='tasks/']";
        await WaitForAsync(page, item);
        await Assertions.Expect(page.Locator(item).First).ToContainTextAsync("督办");
        await Screenshot(page, "32-workbench-office");

        await page.Locator(item).First.ClickAsync();
        await Assertions.Expect(page.Locator("h1")).ToContainTextAsync("整改任务");
    }

    [Fact]
    public async Task The_second_responsible_person_and_the_liaison_each_have_their_workbench()
    {
        var person = await SignedInAsync("demo-person2", card: "#wb-mine li a");
        await Assertions.Expect(person.Locator("#wb-mine .light-green").First).ToBeVisibleAsync();

        var liaison = await SignedInAsync("demo-liaison", card: "#wb-unread");
        await Assertions.Expect(liaison.Locator("#wb-review")).ToHaveCountAsync(0);
        await Assertions.Expect(liaison.Locator("#wb-overdue")).ToHaveCountAsync(0);
        await Screenshot(liaison, "33-workbench-liaison");
    }

    private async Task<IPage> SignedInAsync(string user, string card)
    {
        var context = await host.NewContextAsync();
        var page = await context.NewPageAsync();
        await host.WaitForLivingDemoAsync();
        await page.GotoAsync("/");
        await Pages.SignInAsync(page, user, EmbeddedHost.DemoPassword);
        await Assertions.Expect(page.Locator(".workbench h2")).ToHaveTextAsync("工作台");
        await WaitForAsync(page, card);
        return page;
    }

    /// <summary>The demo is brought to life in the background after start-up: reloads until the workbench shows it.</summary>
    internal static async Task WaitForAsync(IPage page, string selector)
    {
        for (var attempt = 0; attempt < 90 && await page.Locator(selector).CountAsync() == 0; attempt++)
        {
            await Task.Delay(1000);
            await page.ReloadAsync();
        }

        await Assertions.Expect(page.Locator(selector).First).ToBeVisibleAsync();
    }

    private async Task Screenshot(IPage page, string name)
    {
        var file = Path.Combine(EmbeddedHost.ScreenshotFolder, name + ".png");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = file, FullPage = true });
        output.WriteLine($"screenshot: {file}");
    }
}
