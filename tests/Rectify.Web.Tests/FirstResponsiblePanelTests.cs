using System.Net;
using System.Text.Json;

namespace Rectify.Web.Tests;

/// <summary>The unit page's first responsible person (第一责任人) panel: shows the setting, saves it with If-Match.</summary>
public class FirstResponsiblePanelTests
{
    private const string UnitId = "6f0c9f54-52b1-4bd4-9d7b-0a51f1b1c002";
    private const string SecretaryId = "8b000000-0000-0000-0000-000000000011";
    private const string Page = "/units/" + UnitId;

    private static WebUiFactory Factory(string? firstResponsible)
    {
        var factory = new WebUiFactory();
        var set = firstResponsible is null ? "null" : $"\"{firstResponsible}\"";
        factory.Gateway
            .On($"GET /api/units/{UnitId}", (_, _) => FakeGateway.Json(HttpStatusCode.OK, $$"""
                {"id":"{{UnitId}}","name":"中共西安市统计局党组","shortName":"西安市统计局","kind":"党组","version":3,
                 "jurisdictionId":"0d3c0000-0000-0000-0000-000000000002","firstResponsiblePersonId":{{set}}}
                """))
            .On($"GET /api/units/{UnitId}/departments", (_, _) => FakeGateway.Json(HttpStatusCode.OK, "[]"))
            .On($"GET /api/units/{UnitId}/people", (_, _) => FakeGateway.Json(HttpStatusCode.OK, $$"""
                [{"id":"{{SecretaryId}}","unitId":"{{UnitId}}","departmentId":null,"name":"赵刚","position":"党组书记、局长",
                  "email":null,"mobile":null,"dingTalkUserId":null,"weComUserId":null,"version":1}]
                """))
            .On("GET /api/units/jurisdictions", (_, _) => FakeGateway.Json(HttpStatusCode.OK, PagesTests.Tree));
        return factory;
    }

    private static async Task<HttpResponseMessage> PostAsync(HttpClient browser, string personId, string version)
    {
        var page = await browser.GetStringAsync(Page);
        return await browser.PostAsync(Page, new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["_handler"] = "first-responsible",
            ["__RequestVerificationToken"] = WebUiFactory.AntiforgeryToken(page),
            ["Input.PersonId"] = personId,
            ["Input.Version"] = version,
        }));
    }

    [Fact]
    public async Task Shows_the_person_set_or_that_none_is()
    {
        using (var factory = Factory(SecretaryId))
        {
            var text = await WebUiFactory.TextAsync(await (await PagesTests.SignedInAsync(factory)).GetAsync(Page));
            Assert.Contains("<h2>第一责任人</h2>", text);
            Assert.Contains("<strong>赵刚</strong> · 党组书记、局长", text);
            Assert.Matches($"<option value=\"{SecretaryId}\" selected[^>]*>赵刚（党组书记、局长）</option>", text);
        }

        using (var factory = Factory(null))
        {
            var text = await WebUiFactory.TextAsync(await (await PagesTests.SignedInAsync(factory)).GetAsync(Page));
            Assert.Contains("未设置：督办暂发给职务为书记（不含副书记）的人员。", text);
        }
    }

    [Fact]
    public async Task Saving_puts_the_person_with_the_version_shown_and_redirects()
    {
        using var factory = Factory(null);
        string? ifMatch = null;
        factory.Gateway.On($"PUT /api/units/{UnitId}/first-responsible-person", (request, _) =>
        {
            ifMatch = request.Headers.IfMatch.ToString();
            return FakeGateway.Json(HttpStatusCode.OK, "{}");
        });
        var browser = await PagesTests.SignedInAsync(factory);

        var response = await PostAsync(browser, SecretaryId, "3");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(Page + "?firstResponsible=saved", response.Headers.Location!.PathAndQuery);
        var put = Assert.Single(factory.Gateway.Writes);
        Assert.Equal(SecretaryId, JsonDocument.Parse(put.Body!).RootElement.GetProperty("personId").GetString());
        Assert.Equal("\"3\"", ifMatch);
        Assert.Contains("已更新第一责任人。", await WebUiFactory.TextAsync(await browser.GetAsync(response.Headers.Location)));
    }

    [Theory]
    [InlineData(HttpStatusCode.PreconditionFailed, "单位信息已被他人修改，请刷新页面后重试。")]
    [InlineData(HttpStatusCode.Forbidden, "仅巡察办或管理员可以设置第一责任人。")]
    [InlineData(HttpStatusCode.BadRequest, "所选人员不属于本单位。")]
    public async Task A_refusal_is_explained(HttpStatusCode status, string message)
    {
        using var factory = Factory(null);
        factory.Gateway.On($"PUT /api/units/{UnitId}/first-responsible-person", (_, _) => FakeGateway.Json(status,
            $$$"""{"title":"refused","status":{{{(int)status}}},"errors":{"personId":["No such person in this unit."]}}"""));
        var browser = await PagesTests.SignedInAsync(factory);

        var response = await PostAsync(browser, SecretaryId, "2");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(message, await WebUiFactory.TextAsync(response));
    }
}
