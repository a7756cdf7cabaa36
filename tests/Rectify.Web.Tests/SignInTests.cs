using System.Net;

namespace Rectify.Web.Tests;

public class SignInTests
{
    [Fact]
    public async Task Sign_in_page_is_Chinese_by_default()
    {
        using var factory = new WebUiFactory();
        var browser = factory.Browser();
        // A browser asking for English still gets Chinese until the user picks English.
        browser.DefaultRequestHeaders.AcceptLanguage.ParseAdd("en-US");

        var response = await browser.GetAsync("/signin");
        var text = await WebUiFactory.TextAsync(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("<html lang=\"zh-CN\">", text);
        Assert.Contains("用户名", text);
        Assert.Contains("密码", text);
        Assert.Contains(">中文</a>", text);
        Assert.Contains(">English</a>", text);
    }

    [Fact]
    public async Task Sign_in_page_is_English_with_the_culture_cookie()
    {
        using var factory = new WebUiFactory();
        var browser = factory.Browser();
        browser.DefaultRequestHeaders.Add("Cookie", ".AspNetCore.Culture=c%3Den%7Cuic%3Den");

        var text = await WebUiFactory.TextAsync(await browser.GetAsync("/signin"));

        Assert.Contains("<html lang=\"en\">", text);
        Assert.Contains("User name", text);
        Assert.DoesNotContain("用户名", text);
    }

    [Fact]
    public async Task Language_switch_sets_the_culture_cookie_and_stays_on_site()
    {
        using var factory = new WebUiFactory();
        var browser = factory.Browser();

        var response = await browser.GetAsync("/culture/set?culture=en&redirectUri=%2Fsignin");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/signin", response.Headers.Location!.OriginalString);
        Assert.Contains(response.Headers.GetValues("Set-Cookie"), c => c.StartsWith(".AspNetCore.Culture=c%3Den%7Cuic%3Den"));
        Assert.Contains("User name", await WebUiFactory.TextAsync(await browser.GetAsync("/signin")));

        var offSite = await browser.GetAsync("/culture/set?culture=en&redirectUri=%2F%2Fevil.example");
        Assert.Equal("/", offSite.Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.BadRequest, (await browser.GetAsync("/culture/set?culture=fr")).StatusCode);
    }

    [Fact]
    public async Task Pages_redirect_anonymous_users_to_sign_in()
    {
        using var factory = new WebUiFactory();
        var browser = factory.Browser();

        foreach (var page in new[] { "/units", "/" })
        {
            var response = await browser.GetAsync(page);
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.Equal("/signin?returnUrl=" + Uri.EscapeDataString(page), response.Headers.Location!.PathAndQuery);
        }

        Assert.Empty(factory.Gateway.Requests);
    }

    [Fact]
    public async Task Wrong_credentials_show_one_message_and_no_password()
    {
        using var factory = new WebUiFactory();
        var browser = factory.Browser();

        var response = await WebUiFactory.SignInAsync(browser, "admin", "wrong-password");
        var text = await WebUiFactory.TextAsync(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("用户名或密码错误", text);
        Assert.DoesNotContain("wrong-password", text);
        Assert.DoesNotContain("Set-Cookie", response.Headers.ToString());
        var request = Assert.Single(factory.Gateway.Requests);
        Assert.Equal("/api/auth/token", request.Path);
        Assert.Null(request.Authorization);
    }

    [Fact]
    public async Task Gateway_failure_during_sign_in_is_not_reported_as_wrong_credentials()
    {
        using var factory = new WebUiFactory();
        factory.Gateway.On("POST /api/auth/token", (_, _) => new HttpResponseMessage(HttpStatusCode.BadGateway));
        var browser = factory.Browser();

        var text = await WebUiFactory.TextAsync(await WebUiFactory.SignInAsync(browser, "admin", "secret"));

        Assert.Contains("暂时无法登录", text);
        Assert.DoesNotContain("用户名或密码错误", text);
    }

    [Fact]
    public async Task Signing_in_sets_the_cookie_and_returns_to_the_page_asked_for()
    {
        using var factory = new WebUiFactory();
        var browser = factory.Browser();

        var response = await WebUiFactory.SignInAsync(browser, "admin", "secret", returnUrl: "/units");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/units", response.Headers.Location!.AbsolutePath);
        Assert.Contains(response.Headers.GetValues("Set-Cookie"), c => c.StartsWith("Rectify.Web="));
    }

    [Fact]
    public async Task Sign_in_never_redirects_off_site()
    {
        using var factory = new WebUiFactory();
        var browser = factory.Browser();

        var response = await WebUiFactory.SignInAsync(browser, "admin", "secret", returnUrl: "//evil.example/");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("localhost", response.Headers.Location!.IsAbsoluteUri ? response.Headers.Location.Host : "localhost");
        Assert.Equal("/", response.Headers.Location.IsAbsoluteUri ? response.Headers.Location.AbsolutePath : response.Headers.Location.OriginalString);
    }

    [Fact]
    public async Task Sign_out_needs_the_antiforgery_token_and_clears_the_cookie()
    {
        using var factory = new WebUiFactory();
        var browser = factory.Browser();
        await WebUiFactory.SignInAsync(browser, "admin", "secret");
        factory.Gateway.On("GET /api/reports/units/count", (_, _) => FakeGateway.Json(HttpStatusCode.OK, """{"units":0}"""));

        Assert.Equal(HttpStatusCode.BadRequest, (await browser.PostAsync("/signout", new FormUrlEncodedContent([]))).StatusCode);

        var home = await browser.GetStringAsync("/");
        var response = await browser.PostAsync("/signout", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = WebUiFactory.AntiforgeryToken(home),
        }));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/signin", response.Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.Redirect, (await browser.GetAsync("/units")).StatusCode);
    }

    [Fact]
    public async Task Sign_out_revokes_the_token_at_the_gateway()
    {
        using var factory = new WebUiFactory();
        var browser = factory.Browser();
        await WebUiFactory.SignInAsync(browser, "admin", "secret");
        factory.Gateway.On("GET /api/reports/units/count", (_, _) => FakeGateway.Json(HttpStatusCode.OK, """{"units":0}"""));
        factory.Gateway.On("POST /api/auth/signout", (_, _) => new HttpResponseMessage(HttpStatusCode.NoContent));
        var home = await browser.GetStringAsync("/");

        await browser.PostAsync("/signout", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = WebUiFactory.AntiforgeryToken(home),
        }));

        var revoke = Assert.Single(factory.Gateway.Requests, r => r.Path == "/api/auth/signout");
        Assert.Equal("POST", revoke.Method);
        Assert.Equal($"Bearer {FakeGateway.Token}", revoke.Authorization);
    }
}
