using Microsoft.Playwright;

namespace Rectify.Browser.Tests;

[Collection(EmbeddedHostCollection.Name)]
public sealed class Switching_to_English(EmbeddedHost host, ITestOutputHelper output)
{
    [Fact]
    public async Task Shows_English_labels()
    {
        await using var context = await host.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync("/");
        await Pages.SignInAsync(page);

        await page.GetByRole(AriaRole.Link, new() { Name = "English" }).ClickAsync();

        var nav = page.GetByRole(AriaRole.Navigation);
        await Assertions.Expect(nav.GetByRole(AriaRole.Link)).ToHaveTextAsync(["Home", "Units", "Inspections", "My tasks", "Reviews", "Reports", "Jurisdictions", "Accounts", "My account"]);
        await Assertions.Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "en");

        await nav.GetByRole(AriaRole.Link, new() { Name = "Units" }).ClickAsync();
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Inspected units");
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "Register" })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByText("被巡察单位")).ToHaveCountAsync(0);

        var file = Path.Combine(EmbeddedHost.ScreenshotFolder, "07-units-english.png");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = file, FullPage = true });
        output.WriteLine($"screenshot: {file}");
    }
}
