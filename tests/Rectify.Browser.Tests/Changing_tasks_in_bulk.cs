using Microsoft.Playwright;

namespace Rectify.Browser.Tests;

/// <summary>批量调整 on the embedded host: two tasks of a plan get a new department and a new deadline in one go each.</summary>
[Collection(EmbeddedHostCollection.Name)]
public sealed class Changing_tasks_in_bulk(EmbeddedHost host)
{
    private const string Unit = "中共南京市大数据管理局党组";
    private const string Finding = "议事决策制度执行不严格";

    [Fact]
    public async Task Reassigns_and_moves_the_deadline_of_the_ticked_tasks()
    {
        await using var context = await host.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync("/");
        await Pages.SignInAsync(page);
        await Pages.RegisterInspectionWithFindingAsync(page, Unit, "市委第六巡察组", Finding);
        await page.GetByRole(AriaRole.Link, new() { Name = "整改方案（任务清单）" }).ClickAsync();
        await Pages.WaitForFindingAsync(page, Finding);
        var plan = page.Url;
        await PlanAsync(page, "修订党组议事规则");
        await page.GotoAsync(plan);
        await PlanAsync(page, "开展议事决策专项检查");

        await page.GetByRole(AriaRole.Link, new() { Name = "批量调整" }).ClickAsync();
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("批量调整");
        await page.GetByLabel("修订党组议事规则").CheckAsync();
        await page.GetByLabel("开展议事决策专项检查").CheckAsync();
        await page.Locator("#bulk-department").FillAsync("督查室");
        await page.GetByRole(AriaRole.Button, new() { Name = "分配给所选任务" }).ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("已为所选任务分配责任");
        var rows = page.Locator(".plan-finding", new() { HasText = Finding }).Locator("table.tasks tbody tr");
        await Assertions.Expect(rows).ToHaveCountAsync(2);
        foreach (var row in await rows.AllAsync())
            await Assertions.Expect(row).ToContainTextAsync("督查室");

        var newDeadline = DateTime.Today.AddDays(120).ToString("yyyy-MM-dd");
        await page.GetByRole(AriaRole.Link, new() { Name = "批量调整" }).ClickAsync();
        await page.GetByLabel("修订党组议事规则").CheckAsync();
        await page.GetByLabel("开展议事决策专项检查").CheckAsync();
        await page.Locator("#bulk-new-deadline").FillAsync(newDeadline);
        await page.Locator("#bulk-reason").FillAsync("按市委巡察办统一部署延长整改时限");
        await page.GetByRole(AriaRole.Button, new() { Name = "调整所选任务的时限" }).ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("已调整所选任务的完成时限");
        foreach (var row in await rows.AllAsync())
            await Assertions.Expect(row).ToContainTextAsync(newDeadline);
    }

    private static async Task PlanAsync(IPage page, string measures)
    {
        var finding = page.Locator(".plan-finding", new() { HasText = Finding });
        await finding.GetByRole(AriaRole.Link, new() { Name = "为该问题制定任务" }).ClickAsync();
        await page.Locator("#plan-kind").SelectOptionAsync("time_limited");
        await page.Locator("#plan-measures").FillAsync(measures);
        await page.Locator("#plan-deadline").FillAsync(DateTime.Today.AddDays(60).ToString("yyyy-MM-dd"));
        await page.Locator("#plan-task button[type=submit]").ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("已制定整改任务");
    }
}
