using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;

namespace Rectify.Web.Tests;

public class UnitDetailTests
{
    private const string UnitId = "6f0c9f54-52b1-4bd4-9d7b-0a51f1b1c001";
    private const string OfficeId = "7a000000-0000-0000-0000-000000000001";
    private const string Page = "/units/" + UnitId;

    private static WebUiFactory Factory()
    {
        var factory = new WebUiFactory();
        factory.Gateway
            .On($"GET /api/units/{UnitId}", (_, _) => FakeGateway.Json(HttpStatusCode.OK, $$"""
                {"id":"{{UnitId}}","name":"中共西安市科协党组","shortName":"西安市科协","kind":"党组","version":1,
                 "jurisdictionId":"0d3c0000-0000-0000-0000-000000000002","contactPhone":"029-86781234","contactEmail":null,"contactAddress":"西安市新城区"}
                """))
            .On($"GET /api/units/{UnitId}/departments", (_, _) => FakeGateway.Json(HttpStatusCode.OK, $$"""
                [{"id":"{{OfficeId}}","unitId":"{{UnitId}}","name":"办公室","version":1}]
                """))
            .On($"GET /api/units/{UnitId}/people", (_, _) => FakeGateway.Json(HttpStatusCode.OK, $$"""
                [{"id":"8b000000-0000-0000-0000-000000000001","unitId":"{{UnitId}}","departmentId":"{{OfficeId}}","name":"王丽","position":"副主任",
                  "email":"wangli@example.cn","mobile":"13800000000","dingTalkUserId":null,"weComUserId":null,"version":1}]
                """))
            .On("GET /api/units/jurisdictions", (_, _) => FakeGateway.Json(HttpStatusCode.OK, PagesTests.Tree));
        return factory;
    }

    [Fact]
    public async Task Unit_detail_shows_the_unit_its_departments_and_its_people()
    {
        using var factory = Factory();
        var browser = await PagesTests.SignedInAsync(factory);

        var response = await browser.GetAsync(Page);
        var text = await WebUiFactory.TextAsync(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("<h1>中共西安市科协党组</h1>", text);
        Assert.Contains("<dd>陕西省 / 西安市</dd>", text);
        Assert.Contains("<dd>029-86781234</dd>", text);
        Assert.Contains("<li>办公室</li>", text);
        Assert.Matches("<td>王丽</td>\\s*<td>副主任</td>\\s*<td>办公室</td>\\s*<td>wangli@example.cn</td>\\s*<td>13800000000</td>", text);
        Assert.Contains("<option value=\"" + OfficeId + "\">办公室</option>", text);
        Assert.Contains("href=\"units/people/template\"", text);
        Assert.All(factory.Gateway.Requests.Where(r => r.Path != "/api/auth/token"), r => Assert.Equal("Bearer " + FakeGateway.Token, r.Authorization));
    }

    [Fact]
    public async Task An_unknown_unit_says_so()
    {
        using var factory = new WebUiFactory();
        factory.Gateway.On($"GET /api/units/{UnitId}", (_, _) => FakeGateway.Json(HttpStatusCode.NotFound, """{"title":"Unit not found.","status":404}"""));
        var browser = await PagesTests.SignedInAsync(factory);

        var text = await WebUiFactory.TextAsync(await browser.GetAsync(Page));

        Assert.Contains("未找到该单位", text);
    }

    [Fact]
    public async Task Adding_a_person_posts_the_person_and_redirects_to_the_unit()
    {
        using var factory = Factory();
        factory.Gateway.On($"POST /api/units/{UnitId}/people", (_, _) => FakeGateway.Json(HttpStatusCode.Created, "{}"));
        var browser = await PagesTests.SignedInAsync(factory);

        var response = await PostPersonAsync(browser, new()
        {
            ["PersonInput.Name"] = " 陈晓明 ",
            ["PersonInput.Position"] = "办公室主任",
            ["PersonInput.DepartmentId"] = OfficeId,
            ["PersonInput.Email"] = "chenxm@example.cn",
            ["PersonInput.Mobile"] = "13912345678",
            ["PersonInput.DingTalkUserId"] = "dt-chen",
            ["PersonInput.WeComUserId"] = "",
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith(Page + "?person=", response.Headers.Location!.PathAndQuery);
        var post = Assert.Single(factory.Gateway.Writes);
        Assert.Equal($"/api/units/{UnitId}/people", post.Path);
        Assert.Equal("Bearer " + FakeGateway.Token, post.Authorization);
        var sent = JsonDocument.Parse(post.Body!).RootElement;
        Assert.Equal("陈晓明", sent.GetProperty("name").GetString());
        Assert.Equal("办公室主任", sent.GetProperty("position").GetString());
        Assert.Equal(OfficeId, sent.GetProperty("departmentId").GetString());
        Assert.Equal("chenxm@example.cn", sent.GetProperty("email").GetString());
        Assert.Equal("13912345678", sent.GetProperty("mobile").GetString());
        Assert.Equal("dt-chen", sent.GetProperty("dingTalkUserId").GetString());
        Assert.Equal(JsonValueKind.Null, sent.GetProperty("weComUserId").ValueKind);
        Assert.Contains("已添加人员：陈晓明", await WebUiFactory.TextAsync(await browser.GetAsync(response.Headers.Location)));
    }

    [Fact]
    public async Task Person_field_errors_are_shown_next_to_the_fields()
    {
        using var factory = Factory();
        factory.Gateway.On($"POST /api/units/{UnitId}/people", (_, _) => FakeGateway.Json(HttpStatusCode.BadRequest,
            """{"title":"One or more validation errors occurred.","status":400,"errors":{"email":["The Email field is not a valid e-mail address."],"mobile":["Not a phone number."]}}"""));
        var browser = await PagesTests.SignedInAsync(factory);

        var response = await PostPersonAsync(browser, new()
        {
            ["PersonInput.Name"] = "陈晓明",
            ["PersonInput.Position"] = "办公室主任",
            ["PersonInput.Email"] = "not-an-address",
            ["PersonInput.Mobile"] = "12",
        });
        var text = await WebUiFactory.TextAsync(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Matches("id=\"person-email\"[^>]*>\\s*<div class=\"validation-message\">The Email field is not a valid e-mail address.</div>", text);
        Assert.Matches("id=\"person-mobile\"[^>]*>\\s*<div class=\"validation-message\">Not a phone number.</div>", text);
        // What the user typed stays in the form.
        Assert.Matches("id=\"person-name\"[^>]*value=\"陈晓明\"", text);
    }

    [Fact]
    public async Task A_person_without_name_or_position_is_not_sent()
    {
        using var factory = Factory();
        var browser = await PagesTests.SignedInAsync(factory);

        var text = await WebUiFactory.TextAsync(await PostPersonAsync(browser, new() { ["PersonInput.Email"] = "a@example.cn" }));

        Assert.Contains("请填写姓名", text);
        Assert.Contains("请填写职务", text);
        Assert.DoesNotContain(factory.Gateway.Requests, r => r.Method == "POST" && r.Path.EndsWith("/people"));
    }

    [Fact]
    public async Task Adding_a_department_posts_its_name()
    {
        using var factory = Factory();
        factory.Gateway.On($"POST /api/units/{UnitId}/departments", (_, _) => FakeGateway.Json(HttpStatusCode.Created, "{}"));
        var browser = await PagesTests.SignedInAsync(factory);
        var page = await browser.GetStringAsync(Page);

        var response = await browser.PostAsync(Page, new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["_handler"] = "add-department",
            ["__RequestVerificationToken"] = WebUiFactory.AntiforgeryToken(page),
            ["DepartmentInput.Name"] = "组织人事科",
        }));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var post = Assert.Single(factory.Gateway.Writes);
        Assert.Equal("组织人事科", JsonDocument.Parse(post.Body!).RootElement.GetProperty("name").GetString());
    }

    [Fact]
    public async Task Import_errors_are_listed_by_row_and_column()
    {
        using var factory = Factory();
        factory.Gateway.On($"POST /api/units/{UnitId}/people/import", (_, _) => FakeGateway.Json(HttpStatusCode.BadRequest, """
            {"title":"The file has errors.","status":400,
             "rows":[{"row":3,"column":"邮箱","reason":"邮箱格式不正确"},{"row":5,"column":"姓名","reason":"姓名不能为空"}]}
            """));
        var browser = await PagesTests.SignedInAsync(factory);

        var response = await PostImportAsync(browser, "people.xlsx", [0x50, 0x4B, 0x03, 0x04]);
        var text = await WebUiFactory.TextAsync(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("未导入任何人员", text);
        Assert.Matches("<th class=\"num\">行</th>\\s*<th>列</th>\\s*<th>原因</th>", text);
        Assert.Matches("<td class=\"num\">3</td>\\s*<td>邮箱</td>\\s*<td>邮箱格式不正确</td>", text);
        Assert.Matches("<td class=\"num\">5</td>\\s*<td>姓名</td>\\s*<td>姓名不能为空</td>", text);
        var post = Assert.Single(factory.Gateway.Writes);
        Assert.Contains("name=file", post.Body!);
        Assert.Contains("filename=people.xlsx", post.Body!);
        Assert.Equal("Bearer " + FakeGateway.Token, post.Authorization);
    }

    [Fact]
    public async Task A_successful_import_shows_the_counts()
    {
        using var factory = Factory();
        factory.Gateway.On($"POST /api/units/{UnitId}/people/import", (_, _) =>
            FakeGateway.Json(HttpStatusCode.OK, """{"created":3,"updated":1,"unchanged":7}"""));
        var browser = await PagesTests.SignedInAsync(factory);

        var response = await PostImportAsync(browser, "people.xlsx", [0x50, 0x4B, 0x03, 0x04]);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("导入完成：新增 3 人，更新 1 人，未变 7 人。", await WebUiFactory.TextAsync(await browser.GetAsync(response.Headers.Location)));
    }

    [Fact]
    public async Task Importing_without_a_file_asks_for_one()
    {
        using var factory = Factory();
        var browser = await PagesTests.SignedInAsync(factory);

        var text = await WebUiFactory.TextAsync(await PostImportAsync(browser, null, []));

        Assert.Contains("请选择要导入的 .xlsx 文件", text);
        Assert.Empty(factory.Gateway.Writes);
    }

    [Fact]
    public async Task The_template_link_downloads_the_file_from_the_api_with_the_users_token()
    {
        using var factory = Factory();
        factory.Gateway.On("GET /api/units/people/template", (_, _) =>
        {
            var answer = new HttpResponseMessage(HttpStatusCode.OK) { Content = new ByteArrayContent([1, 2, 3]) };
            answer.Content.Headers.ContentType = new MediaTypeHeaderValue("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
            answer.Content.Headers.ContentDisposition = new ContentDispositionHeaderValue("attachment") { FileName = "people-template.xlsx" };
            return answer;
        });
        var browser = await PagesTests.SignedInAsync(factory);

        var response = await browser.GetAsync("/units/people/template");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal([1, 2, 3], await response.Content.ReadAsByteArrayAsync());
        Assert.Equal("people-template.xlsx", response.Content.Headers.ContentDisposition!.FileName);
        Assert.Equal("Bearer " + FakeGateway.Token, Assert.Single(factory.Gateway.Requests, r => r.Path == "/api/units/people/template").Authorization);
        Assert.Equal(HttpStatusCode.Redirect, (await factory.Browser().GetAsync("/units/people/template")).StatusCode);
    }

    private static async Task<HttpResponseMessage> PostPersonAsync(HttpClient browser, Dictionary<string, string> fields)
    {
        var page = await browser.GetStringAsync(Page);
        fields["_handler"] = "add-person";
        fields["__RequestVerificationToken"] = WebUiFactory.AntiforgeryToken(page);
        return await browser.PostAsync(Page, new FormUrlEncodedContent(fields));
    }

    private static async Task<HttpResponseMessage> PostImportAsync(HttpClient browser, string? fileName, byte[] content)
    {
        var page = await browser.GetStringAsync(Page);
        using var form = new MultipartFormDataContent
        {
            { new StringContent("import-people"), "_handler" },
            { new StringContent(WebUiFactory.AntiforgeryToken(page)), "__RequestVerificationToken" },
        };
        if (fileName is not null)
        {
            form.Add(new ByteArrayContent(content), "file", fileName);
        }

        return await browser.PostAsync(Page, form);
    }
}
