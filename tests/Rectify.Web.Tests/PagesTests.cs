using System.Net;

namespace Rectify.Web.Tests;

public class PagesTests
{
    private const string TwoUnits = """
        [{"id":"6f0c9f54-52b1-4bd4-9d7b-0a51f1b1c001","name":"市发展和改革委员会","shortName":"市发改委","kind":"党组","version":2,"jurisdictionId":"0d3c0000-0000-0000-0000-000000000002"},
         {"id":"6f0c9f54-52b1-4bd4-9d7b-0a51f1b1c002","name":"中共某某县委员会","shortName":"某某县委","kind":"党委","version":1,"jurisdictionId":"0d3c0000-0000-0000-0000-000000000003"}]
        """;

    internal const string Tree = """
        [{"id":"0d3c0000-0000-0000-0000-000000000001","parentId":null,"name":"陕西省","level":"province","committee":"陕西省委","inspectionOffice":"中共陕西省委巡视工作领导小组办公室","version":1,"path":"/0d3c0000000000000000000000000001/"},
         {"id":"0d3c0000-0000-0000-0000-000000000002","parentId":"0d3c0000-0000-0000-0000-000000000001","name":"西安市","level":"city","committee":"西安市委","inspectionOffice":"中共西安市委巡察工作领导小组办公室","version":1,"path":"/0d3c0000000000000000000000000001/0d3c0000000000000000000000000002/"},
         {"id":"0d3c0000-0000-0000-0000-000000000003","parentId":"0d3c0000-0000-0000-0000-000000000002","name":"某某县","level":"county","committee":"某某县委","inspectionOffice":"中共某某县委巡察工作领导小组办公室","version":1,"path":"/0d3c0000000000000000000000000001/0d3c0000000000000000000000000002/0d3c0000000000000000000000000003/"}]
        """;

    internal static async Task<HttpClient> SignedInAsync(WebUiFactory factory)
    {
        var browser = factory.Browser();
        var response = await WebUiFactory.SignInAsync(browser, "admin", "secret");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return browser;
    }

    [Fact]
    public async Task Units_page_lists_units_with_the_users_token()
    {
        using var factory = new WebUiFactory();
        factory.Gateway
            .On("GET /api/units", (_, _) => FakeGateway.Json(HttpStatusCode.OK, TwoUnits))
            .On("GET /api/units/jurisdictions", (_, _) => FakeGateway.Json(HttpStatusCode.OK, Tree));
        var browser = await SignedInAsync(factory);

        var text = await WebUiFactory.TextAsync(await browser.GetAsync("/units"));

        Assert.Contains("<a href=\"units/6f0c9f54-52b1-4bd4-9d7b-0a51f1b1c001\">市发展和改革委员会</a>", text);
        Assert.Contains("<td>某某县委</td>", text);
        Assert.Contains("单位名称", text);
        Assert.Contains("admin", text);
        Assert.Contains("退出登录", text);
        Assert.Contains("<td>陕西省 / 西安市 / 某某县</td>", text);
        var call = Assert.Single(factory.Gateway.Requests, r => r.Path == "/api/units");
        Assert.Equal("Bearer " + FakeGateway.Token, call.Authorization);
    }

    [Fact]
    public async Task Units_page_says_when_there_are_none()
    {
        using var factory = new WebUiFactory();
        factory.Gateway.On("GET /api/units", (_, _) => FakeGateway.Json(HttpStatusCode.OK, "[]"));
        var browser = await SignedInAsync(factory);

        Assert.Contains("尚未登记被巡察单位", await WebUiFactory.TextAsync(await browser.GetAsync("/units")));
    }

    [Fact]
    public async Task Units_page_shows_an_error_when_the_gateway_fails()
    {
        using var factory = new WebUiFactory();
        factory.Gateway.On("GET /api/units", (_, _) => new HttpResponseMessage(HttpStatusCode.ServiceUnavailable));
        var browser = await SignedInAsync(factory);

        var response = await browser.GetAsync("/units");
        var text = await WebUiFactory.TextAsync(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("无法加载被巡察单位", text);
        Assert.DoesNotContain("<table", text);
    }

    [Fact]
    public async Task A_rejected_token_sends_the_user_back_to_sign_in()
    {
        using var factory = new WebUiFactory();
        factory.Gateway.On("GET /api/units", (_, _) => FakeGateway.Json(HttpStatusCode.Unauthorized, "{}"));
        var browser = await SignedInAsync(factory);

        var response = await browser.GetAsync("/units");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/signin?returnUrl=%2Funits&expired=true", response.Headers.Location!.PathAndQuery);
        var signIn = await browser.GetAsync(response.Headers.Location);
        Assert.Contains("登录已失效", await WebUiFactory.TextAsync(signIn));
        // The stale cookie is dropped, so the user really is signed out now.
        Assert.Equal(HttpStatusCode.Redirect, (await browser.GetAsync("/")).StatusCode);
    }

    [Fact]
    public async Task Registering_a_unit_posts_it_and_redirects_back_to_the_list()
    {
        using var factory = new WebUiFactory();
        factory.Gateway
            .On("GET /api/units", (_, _) => FakeGateway.Json(HttpStatusCode.OK, TwoUnits))
            .On("POST /api/units", (_, _) => FakeGateway.Json(HttpStatusCode.Created, "{}"));
        var browser = await SignedInAsync(factory);

        var response = await PostUnitAsync(browser, "市教育局", "教育局", "党组", "0d3c0000-0000-0000-0000-000000000002",
            ("Input.ContactPhone", "029-12345678"), ("Input.ContactEmail", "jb@example.cn"), ("Input.ContactAddress", "西安市某某路1号"));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/units?registered=", response.Headers.Location!.PathAndQuery);
        var post = Assert.Single(factory.Gateway.Requests, r => r.Method == "POST" && r.Path == "/api/units");
        var sent = System.Text.Json.JsonDocument.Parse(post.Body!).RootElement;
        Assert.Equal("市教育局", sent.GetProperty("name").GetString());
        Assert.Equal("教育局", sent.GetProperty("shortName").GetString());
        Assert.Equal("党组", sent.GetProperty("kind").GetString());
        Assert.Equal("0d3c0000-0000-0000-0000-000000000002", sent.GetProperty("jurisdictionId").GetString());
        Assert.Equal("029-12345678", sent.GetProperty("contactPhone").GetString());
        Assert.Equal("jb@example.cn", sent.GetProperty("contactEmail").GetString());
        Assert.Equal("西安市某某路1号", sent.GetProperty("contactAddress").GetString());
        Assert.Equal("Bearer " + FakeGateway.Token, post.Authorization);
        Assert.Contains("已登记：市教育局", await WebUiFactory.TextAsync(await browser.GetAsync(response.Headers.Location)));
    }

    [Fact]
    public async Task Field_errors_from_the_gateway_are_shown_next_to_the_fields()
    {
        using var factory = new WebUiFactory();
        factory.Gateway
            .On("GET /api/units", (_, _) => FakeGateway.Json(HttpStatusCode.OK, TwoUnits))
            .On("POST /api/units", (_, _) => FakeGateway.Json(HttpStatusCode.BadRequest,
                """{"title":"One or more validation errors occurred.","status":400,"errors":{"shortName":["简称已被使用"]}}"""));
        var browser = await SignedInAsync(factory);

        var response = await PostUnitAsync(browser, "某局", "市发改委", "党组", "0d3c0000-0000-0000-0000-000000000002");
        var text = await WebUiFactory.TextAsync(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Matches("id=\"unit-shortname\"[^>]*>\\s*<div class=\"validation-message\">简称已被使用</div>", text);
        Assert.Contains("请按提示修改后重新提交", text);
    }

    [Fact]
    public async Task Missing_fields_are_not_sent()
    {
        using var factory = new WebUiFactory();
        factory.Gateway.On("GET /api/units", (_, _) => FakeGateway.Json(HttpStatusCode.OK, "[]"));
        var browser = await SignedInAsync(factory);

        var text = await WebUiFactory.TextAsync(await PostUnitAsync(browser, "", "教育局", "", ""));

        Assert.Contains("请填写单位名称", text);
        Assert.Contains("请填写单位类别", text);
        Assert.Contains("请填写所属辖区", text);
        Assert.DoesNotContain(factory.Gateway.Requests, r => r.Method == "POST" && r.Path == "/api/units");
    }

    [Fact]
    public async Task Home_page_shows_the_unit_count()
    {
        using var factory = new WebUiFactory();
        factory.Gateway.On("GET /api/reports/units/count", (_, _) => FakeGateway.Json(HttpStatusCode.OK, """{"units":42}"""));
        var browser = await SignedInAsync(factory);

        var text = await WebUiFactory.TextAsync(await browser.GetAsync("/"));

        Assert.Contains("欢迎使用巡察整改系统", text);
        Assert.Contains(">42</a>", text);
    }

    [Fact]
    public async Task Stylesheet_from_the_library_is_served()
    {
        using var factory = new WebUiFactory();
        var browser = factory.Browser();
        var page = await browser.GetStringAsync("/signin");
        var href = System.Text.RegularExpressions.Regex.Match(page, "href=\"(_content/Rectify.Web/rectify[^\"]*\\.css)\"").Groups[1].Value;

        var css = await browser.GetAsync("/" + href);

        Assert.Equal(HttpStatusCode.OK, css.StatusCode);
        Assert.Equal("text/css", css.Content.Headers.ContentType!.MediaType);
    }

    [Fact]
    public async Task Register_form_offers_the_jurisdictions_as_an_indented_tree()
    {
        using var factory = new WebUiFactory();
        factory.Gateway
            .On("GET /api/units", (_, _) => FakeGateway.Json(HttpStatusCode.OK, "[]"))
            .On("GET /api/units/jurisdictions", (_, _) => FakeGateway.Json(HttpStatusCode.OK, Tree));
        var browser = await SignedInAsync(factory);

        var text = await WebUiFactory.TextAsync(await browser.GetAsync("/units"));

        Assert.Contains("<option value=\"0d3c0000-0000-0000-0000-000000000001\">陕西省</option>", text);
        Assert.Contains("<option value=\"0d3c0000-0000-0000-0000-000000000002\">\u3000\u3000西安市</option>", text);
        Assert.Contains("<option value=\"0d3c0000-0000-0000-0000-000000000003\">\u3000\u3000\u3000\u3000某某县</option>", text);
        Assert.Contains("监督电话", text);
        Assert.Contains("监督邮箱", text);
        Assert.Contains("监督地址", text);
    }

    private static async Task<HttpResponseMessage> PostUnitAsync(
        HttpClient browser, string name, string shortName, string kind, string jurisdictionId, params (string Field, string Value)[] more)
    {
        var page = await browser.GetStringAsync("/units");
        var form = new Dictionary<string, string>
        {
            ["_handler"] = "register-unit",
            ["__RequestVerificationToken"] = WebUiFactory.AntiforgeryToken(page),
            ["Input.Name"] = name,
            ["Input.ShortName"] = shortName,
            ["Input.Kind"] = kind,
            ["Input.JurisdictionId"] = jurisdictionId,
        };
        foreach (var (field, value) in more)
        {
            form[field] = value;
        }

        return await browser.PostAsync("/units", new FormUrlEncodedContent(form));
    }
}
