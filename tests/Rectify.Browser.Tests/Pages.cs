using Microsoft.Playwright;

namespace Rectify.Browser.Tests;

/// <summary>Steps several tests share.</summary>
internal static class Pages
{
    /// <summary>On the sign-in page (where "/" sends a new visitor): signs in as the seeded administrator.</summary>
    public static async Task SignInAsync(IPage page)
    {
        await Assertions.Expect(page.Locator("#username")).ToBeVisibleAsync();
        await page.Locator("#username").FillAsync("admin");
        await page.Locator("#password").FillAsync(EmbeddedHost.AdminPassword);
        await page.Locator("form button[type=submit]").ClickAsync();
        await Assertions.Expect(page.Locator("#username")).ToHaveCountAsync(0);
    }
}
