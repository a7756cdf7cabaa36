using System.Net;
using System.Text.Json;

namespace Rectify.Web.Tests;

public class AccountsAndProfileTests
{
    private const string UnitId = "6f0c9f54-52b1-4bd4-9d7b-0a51f1b1c001";
    private const string AccountId = "9c000000-0000-0000-0000-000000000001";
    private const string GrantId = "9d000000-0000-0000-0000-000000000001";

    private static WebUiFactory Factory()
    {
        var factory = new WebUiFactory();
        factory.Gateway
            .On("GET /api/units/accounts", (_, _) => FakeGateway.Json(HttpStatusCode.OK, $$"""
                [{"id":"{{AccountId}}","userName":"liuyang","displayName":"刘洋","personId":null,"disabled":false,"lockedOut":false,
                  "grants":[{"id":"{{GrantId}}","role":"unit_coordinator","unitId":"{{UnitId}}","jurisdictionId":null}]},
                 {"id":"9c000000-0000-0000-0000-000000000002","userName":"zhaomin","displayName":"赵敏","personId":null,"disabled":true,"lockedOut":false,
                  "grants":[{"id":"9d000000-0000-0000-0000-000000000002","role":"inspection_office","unitId":null,"jurisdictionId":"0d3c0000-0000-0000-0000-000000000002"}]}]
                """))
            .On("GET /api/units", (_, _) => FakeGateway.Json(HttpStatusCode.OK, $$"""
                [{"id":"{{UnitId}}","name":"中共西安市科协党组","shortName":"西安市科协","kind":"党组","version":1,"jurisdictionId":"0d3c0000-0000-0000-0000-000000000002"}]
                """))
            .On("GET /api/units/jurisdictions", (_, _) => FakeGateway.Json(HttpStatusCode.OK, PagesTests.Tree));
        return factory;
    }

    [Fact]
    public async Task Accounts_page_lists_accounts_with_their_roles_and_state()
    {
        using var factory = Factory();
        var browser = await PagesTests.SignedInAsync(factory);

        var text = await WebUiFactory.TextAsync(await browser.GetAsync("/accounts"));

        Assert.Contains("<td>liuyang</td>", text);
        Assert.Contains("<td>刘洋</td>", text);
        Assert.Contains("整改办联络员（中共西安市科协党组）", text);
        Assert.Contains("巡察办工作人员（陕西省 / 西安市）", text);
        Assert.Contains("已停用", text);
        Assert.Contains(">启用</button>", text);
        Assert.Contains(">停用</button>", text);
    }

    [Fact]
    public async Task Creating_an_account_posts_the_role_with_its_unit()
    {
        using var factory = Factory();
        factory.Gateway.On("POST /api/units/accounts", (_, _) => FakeGateway.Json(HttpStatusCode.Created, "{}"));
        var browser = await PagesTests.SignedInAsync(factory);
        var page = await browser.GetStringAsync("/accounts");

        var response = await browser.PostAsync("/accounts", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["_handler"] = "create-account",
            ["__RequestVerificationToken"] = WebUiFactory.AntiforgeryToken(page),
            ["CreateInput.UserName"] = "chenxm",
            ["CreateInput.DisplayName"] = "陈晓明",
            ["CreateInput.Password"] = "Initial2026pass",
            ["CreateInput.Role"] = "responsible_person",
            ["CreateInput.UnitId"] = UnitId,
            // A jurisdiction picked by mistake is not sent with a unit role.
            ["CreateInput.JurisdictionId"] = "0d3c0000-0000-0000-0000-000000000002",
        }));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/accounts?created=chenxm", response.Headers.Location!.PathAndQuery);
        var post = Assert.Single(factory.Gateway.Writes);
        var sent = JsonDocument.Parse(post.Body!).RootElement;
        Assert.Equal("chenxm", sent.GetProperty("userName").GetString());
        Assert.Equal("陈晓明", sent.GetProperty("displayName").GetString());
        Assert.Equal("Initial2026pass", sent.GetProperty("password").GetString());
        var grant = Assert.Single(sent.GetProperty("grants").EnumerateArray());
        Assert.Equal("responsible_person", grant.GetProperty("role").GetString());
        Assert.Equal(UnitId, grant.GetProperty("unitId").GetString());
        Assert.Equal(JsonValueKind.Null, grant.GetProperty("jurisdictionId").ValueKind);
    }

    [Fact]
    public async Task A_unit_role_without_a_unit_is_not_sent()
    {
        using var factory = Factory();
        var browser = await PagesTests.SignedInAsync(factory);
        var page = await browser.GetStringAsync("/accounts");

        var response = await browser.PostAsync("/accounts", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["_handler"] = "create-account",
            ["__RequestVerificationToken"] = WebUiFactory.AntiforgeryToken(page),
            ["CreateInput.UserName"] = "chenxm",
            ["CreateInput.DisplayName"] = "陈晓明",
            ["CreateInput.Password"] = "Initial2026pass",
            ["CreateInput.Role"] = "viewer",
        }));
        var text = await WebUiFactory.TextAsync(response);

        Assert.Contains("该角色需要选择单位", text);
        Assert.DoesNotContain("Initial2026pass", text);
        Assert.Empty(factory.Gateway.Writes);
    }

    [Fact]
    public async Task Disable_and_revoke_buttons_call_the_api()
    {
        using var factory = Factory();
        factory.Gateway
            .On($"POST /api/units/accounts/{AccountId}/disable", (_, _) => FakeGateway.Json(HttpStatusCode.OK, "{}"))
            .On($"DELETE /api/units/accounts/{AccountId}/grants/{GrantId}", (_, _) => FakeGateway.Json(HttpStatusCode.OK, "{}"));
        var browser = await PagesTests.SignedInAsync(factory);

        foreach (var handler in new[] { $"toggle-{AccountId}", $"revoke-{GrantId}" })
        {
            var page = await browser.GetStringAsync("/accounts");
            var response = await browser.PostAsync("/accounts", new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["_handler"] = handler,
                ["__RequestVerificationToken"] = WebUiFactory.AntiforgeryToken(page),
            }));
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        }

        Assert.Contains(factory.Gateway.Requests, r => r.Method == "POST" && r.Path == $"/api/units/accounts/{AccountId}/disable");
        Assert.Contains(factory.Gateway.Requests, r => r.Method == "DELETE" && r.Path == $"/api/units/accounts/{AccountId}/grants/{GrantId}");
    }

    [Fact]
    public async Task Granting_a_role_posts_it_for_the_chosen_account()
    {
        using var factory = Factory();
        factory.Gateway.On($"POST /api/units/accounts/{AccountId}/grants", (_, _) => FakeGateway.Json(HttpStatusCode.OK, "{}"));
        var browser = await PagesTests.SignedInAsync(factory);
        var page = await browser.GetStringAsync("/accounts");

        var response = await browser.PostAsync("/accounts", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["_handler"] = "grant-role",
            ["__RequestVerificationToken"] = WebUiFactory.AntiforgeryToken(page),
            ["GrantInput.AccountId"] = AccountId,
            ["GrantInput.Role"] = "inspection_office",
            ["GrantInput.JurisdictionId"] = "0d3c0000-0000-0000-0000-000000000002",
        }));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var sent = JsonDocument.Parse(Assert.Single(factory.Gateway.Writes).Body!).RootElement;
        Assert.Equal("inspection_office", sent.GetProperty("role").GetString());
        Assert.Equal("0d3c0000-0000-0000-0000-000000000002", sent.GetProperty("jurisdictionId").GetString());
        Assert.Equal(JsonValueKind.Null, sent.GetProperty("unitId").ValueKind);
    }

    [Fact]
    public async Task Jurisdictions_page_shows_the_tree_and_registers_a_child()
    {
        using var factory = Factory();
        factory.Gateway.On("POST /api/units/jurisdictions", (_, _) => FakeGateway.Json(HttpStatusCode.Created, "{}"));
        var browser = await PagesTests.SignedInAsync(factory);
        var page = await browser.GetStringAsync("/jurisdictions");
        var text = System.Net.WebUtility.HtmlDecode(page);

        Assert.Contains("└ 西安市", text);
        Assert.Contains("<td>市级</td>", text);
        Assert.Contains("中共西安市委巡察工作领导小组办公室", text);

        var response = await browser.PostAsync("/jurisdictions", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["_handler"] = "register-jurisdiction",
            ["__RequestVerificationToken"] = WebUiFactory.AntiforgeryToken(page),
            ["Input.ParentId"] = "0d3c0000-0000-0000-0000-000000000002",
            ["Input.Name"] = "碑林区",
            ["Input.Level"] = "county",
            ["Input.Committee"] = "碑林区委",
            ["Input.InspectionOffice"] = "中共西安市碑林区委巡察工作领导小组办公室",
        }));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var sent = JsonDocument.Parse(Assert.Single(factory.Gateway.Writes).Body!).RootElement;
        Assert.Equal("0d3c0000-0000-0000-0000-000000000002", sent.GetProperty("parentId").GetString());
        Assert.Equal("county", sent.GetProperty("level").GetString());
    }

    [Fact]
    public async Task Profile_shows_the_account_and_its_roles()
    {
        using var factory = Factory();
        factory.Gateway.On("GET /api/units/me", (_, _) => FakeGateway.Json(HttpStatusCode.OK, $$"""
            {"id":"{{AccountId}}","userName":"liuyang","displayName":"刘洋","personId":null,
             "grants":[{"id":"{{GrantId}}","role":"unit_coordinator","unitId":"{{UnitId}}","jurisdictionId":null}]}
            """));
        var browser = await PagesTests.SignedInAsync(factory);

        var text = await WebUiFactory.TextAsync(await browser.GetAsync("/profile"));

        Assert.Contains("<dd>刘洋</dd>", text);
        Assert.Contains("<dd>liuyang</dd>", text);
        Assert.Contains("<li>整改办联络员（中共西安市科协党组）</li>", text);
        Assert.Contains("我的账号", text);
    }

    [Fact]
    public async Task Changing_the_password_with_a_wrong_current_one_shows_the_error()
    {
        using var factory = Factory();
        factory.Gateway
            .On("GET /api/units/me", (_, _) => FakeGateway.Json(HttpStatusCode.OK,
                $$"""{"id":"{{AccountId}}","userName":"admin","displayName":"系统管理员","personId":null,"grants":[]}"""))
            .On("POST /api/units/me/password", (_, _) => FakeGateway.Json(HttpStatusCode.BadRequest,
                """{"title":"One or more validation errors occurred.","status":400,"errors":{"currentPassword":["The current password is wrong."]}}"""));
        var browser = await PagesTests.SignedInAsync(factory);

        var response = await PostPasswordAsync(browser, "not-my-password1", "BrandNew2026pw", "BrandNew2026pw");
        var text = await WebUiFactory.TextAsync(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Matches("id=\"current-password\"[^>]*>\\s*<div class=\"validation-message\">当前密码不正确</div>", text);
        Assert.DoesNotContain("not-my-password1", text);
        Assert.DoesNotContain("BrandNew2026pw", text);
        var sent = JsonDocument.Parse(Assert.Single(factory.Gateway.Requests, r => r.Method == "POST" && r.Path == "/api/units/me/password").Body!).RootElement;
        Assert.Equal("not-my-password1", sent.GetProperty("currentPassword").GetString());
        Assert.Equal("BrandNew2026pw", sent.GetProperty("newPassword").GetString());
    }

    [Fact]
    public async Task A_confirmation_that_differs_is_caught_before_the_api()
    {
        using var factory = Factory();
        factory.Gateway.On("GET /api/units/me", (_, _) => FakeGateway.Json(HttpStatusCode.OK,
            $$"""{"id":"{{AccountId}}","userName":"admin","displayName":"系统管理员","personId":null,"grants":[]}"""));
        var browser = await PagesTests.SignedInAsync(factory);

        var text = await WebUiFactory.TextAsync(await PostPasswordAsync(browser, "Current2026pw", "BrandNew2026pw", "BrandNew2026px"));

        Assert.Matches("id=\"confirm-password\"[^>]*>\\s*<div class=\"validation-message\">两次输入的新密码不一致</div>", text);
        Assert.DoesNotContain(factory.Gateway.Requests, r => r.Method == "POST" && r.Path == "/api/units/me/password");
    }

    [Fact]
    public async Task A_changed_password_redirects_with_a_confirmation()
    {
        using var factory = Factory();
        factory.Gateway
            .On("GET /api/units/me", (_, _) => FakeGateway.Json(HttpStatusCode.OK,
                $$"""{"id":"{{AccountId}}","userName":"admin","displayName":"系统管理员","personId":null,"grants":[]}"""))
            .On("POST /api/units/me/password", (_, _) => new HttpResponseMessage(HttpStatusCode.NoContent));
        var browser = await PagesTests.SignedInAsync(factory);

        var response = await PostPasswordAsync(browser, "Current2026pw", "BrandNew2026pw", "BrandNew2026pw");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("密码已修改", await WebUiFactory.TextAsync(await browser.GetAsync(response.Headers.Location)));
    }

    [Fact]
    public async Task Navigation_has_the_five_sections()
    {
        using var factory = Factory();
        factory.Gateway.On("GET /api/reports/units/count", (_, _) => FakeGateway.Json(HttpStatusCode.OK, """{"units":1}"""));
        var browser = await PagesTests.SignedInAsync(factory);

        var text = await WebUiFactory.TextAsync(await browser.GetAsync("/"));

        Assert.Matches("首页.*被巡察单位.*辖区.*账号.*我的账号", text.ReplaceLineEndings(" "));
    }

    private static async Task<HttpResponseMessage> PostPasswordAsync(HttpClient browser, string current, string next, string confirm)
    {
        var page = await browser.GetStringAsync("/profile");
        return await browser.PostAsync("/profile", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["_handler"] = "change-password",
            ["__RequestVerificationToken"] = WebUiFactory.AntiforgeryToken(page),
            ["Input.CurrentPassword"] = current,
            ["Input.NewPassword"] = next,
            ["Input.ConfirmPassword"] = confirm,
        }));
    }
}
