using System.Net;
using System.Text.Json;
using static Rectify.Web.Tests.FindingsData;

namespace Rectify.Web.Tests;

public class InspectionsTests
{
    [Fact]
    public async Task The_list_shows_each_inspection_in_Chinese()
    {
        using var factory = Factory();
        var browser = await PagesTests.SignedInAsync(factory);

        var text = await WebUiFactory.TextAsync(await browser.GetAsync("/inspections"));

        Assert.Contains("<h1>巡视巡察</h1>", text);
        Assert.Matches(
            $"<a href=\"inspections/{InspectionId}\">中共西安市科协党组</a></td>\\s*<td>巡察</td>\\s*<td>市委</td>\\s*<td>市委第三巡察组</td>\\s*" +
            "<td>十三届市委第一轮</td>\\s*<td>常规</td>\\s*<td>2022-03-01 至 2022-06-10</td>\\s*<td>2022-07-25</td>\\s*<td><span class=\"status rectifying\">整改中</span>",
            text);
        Assert.Matches("<td>巡视</td>[\\s\\S]*<td>专项</td>[\\s\\S]*<td>—</td>\\s*<td><span class=\"status registered\">登记</span>", text);
        Assert.Contains("href=\"inspections/import\"", text);
        Assert.Contains("登记巡视巡察", text);
        Assert.Equal("Bearer " + FakeGateway.Token, Assert.Single(factory.Gateway.Requests, r => r.Path == "/api/findings/inspections").Authorization);
    }

    [Fact]
    public async Task The_list_filters_by_unit_and_the_unit_page_links_to_it()
    {
        using var factory = Factory();
        string? query = null;
        factory.Gateway
            .On($"GET /api/units/{UnitId}", (_, _) => Ok($$"""{"id":"{{UnitId}}","name":"中共西安市科协党组","shortName":"西安市科协","kind":"党组","version":1}"""))
            .On($"GET /api/units/{UnitId}/departments", (_, _) => Ok("[]"))
            .On($"GET /api/units/{UnitId}/people", (_, _) => Ok("[]"))
            .On("GET /api/findings/inspections", (request, _) =>
            {
                query = request.RequestUri!.Query;
                return Ok(List);
            });
        var browser = await PagesTests.SignedInAsync(factory);

        var unitPage = await WebUiFactory.TextAsync(await browser.GetAsync("/units/" + UnitId));
        var text = await WebUiFactory.TextAsync(await browser.GetAsync("/inspections?unitId=" + UnitId));

        Assert.Contains($"href=\"inspections?unitId={UnitId}\"", unitPage);
        Assert.Equal("?unitId=" + UnitId + "&take=500", query);
        Assert.Contains($"<option value=\"{UnitId}\" selected>中共西安市科协党组</option>", text);
    }

    [Fact]
    public async Task Only_the_inspection_office_and_administrators_see_the_forms()
    {
        using var factory = Factory(CoordinatorProfile);
        var browser = await PagesTests.SignedInAsync(factory);

        var list = await WebUiFactory.TextAsync(await browser.GetAsync("/inspections"));
        var detail = await WebUiFactory.TextAsync(await browser.GetAsync(Inspection));

        Assert.Contains("中共西安市科协党组", list);
        Assert.DoesNotContain("登记巡视巡察", list);
        Assert.DoesNotContain("href=\"inspections/import\"", list);
        Assert.Contains("违规发放津补贴", detail);
        Assert.DoesNotContain("添加问题", detail);
        Assert.DoesNotContain("?edit=", detail);
        Assert.DoesNotContain("登记反馈", detail);
    }

    [Fact]
    public async Task The_detail_shows_the_metadata_and_the_tree_as_written()
    {
        using var factory = Factory();
        var browser = await PagesTests.SignedInAsync(factory);

        var text = await WebUiFactory.TextAsync(await browser.GetAsync(Inspection));

        Assert.Contains("<h1>中共西安市科协党组 · 巡察</h1>", text);
        Assert.Contains("<dd>市委第三巡察组</dd>", text);
        Assert.Contains("<dd>2022-03-01 至 2022-06-10</dd>", text);
        Assert.Contains("各层级数量：1 / 1 / 1", text);
        // Nested lists: aspect > problem > issue, each with its ordinal as written.
        Assert.Matches(
            $"id=\"finding-{AspectId}\" class=\"finding level-1\">[\\s\\S]*<span class=\"ordinal\">一</span>\\s*<span class=\"finding-title\">贯彻落实新时代党的组织路线存在薄弱环节</span>" +
            $"[\\s\\S]*<ol class=\"findings\">\\s*<li id=\"finding-{ProblemId}\" class=\"finding level-2\">[\\s\\S]*<span class=\"ordinal\">（一）</span>" +
            $"[\\s\\S]*<ol class=\"findings\">\\s*<li id=\"finding-{IssueId}\" class=\"finding level-3\">[\\s\\S]*<span class=\"ordinal\">1</span>",
            text);
        Assert.Matches("违规发放津补贴</span>\\s*<span class=\"tag warn\">立行立改</span>\\s*<span class=\"tag money\">涉及金额 12,000.5 元</span>", text);
        Assert.Matches("财务报销审核不严</span>\\s*<span class=\"tag off\">财务</span>\\s*<span class=\"tag off\">制度</span>", text);
        Assert.Contains($"href=\"inspections/{InspectionId}?edit={IssueId}#finding-{IssueId}\"", text);
        // An issue (level 3) can still take a sub-issue; the parent select offers levels 1 to 3.
        Assert.Contains($"<option value=\"{IssueId}\">", text);
    }

    [Fact]
    public async Task A_closed_inspection_offers_no_tree_changes()
    {
        using var factory = Factory();
        factory.Gateway.On($"GET /api/findings/inspections/{InspectionId}", (_, _) => Ok(Detail("closed")));
        var browser = await PagesTests.SignedInAsync(factory);

        var text = await WebUiFactory.TextAsync(await browser.GetAsync(Inspection));

        Assert.Contains("<span class=\"status closed\">已完成</span>", text);
        Assert.DoesNotContain("?edit=", text);
        Assert.DoesNotContain("record-finding", text);
    }

    [Fact]
    public async Task An_inspection_out_of_scope_reads_as_not_found()
    {
        using var factory = Factory();
        factory.Gateway.On($"GET /api/findings/inspections/{InspectionId}", (_, _) => new HttpResponseMessage(HttpStatusCode.NotFound));
        var browser = await PagesTests.SignedInAsync(factory);

        Assert.Contains("未找到该巡视巡察", await WebUiFactory.TextAsync(await browser.GetAsync(Inspection)));
    }

    [Fact]
    public async Task Registering_posts_the_inspection_and_opens_it()
    {
        using var factory = Factory();
        factory.Gateway.On("POST /api/findings/inspections", (_, _) => FakeGateway.Json(HttpStatusCode.Created, Detail("registered")));
        var browser = await PagesTests.SignedInAsync(factory);

        var response = await Forms.PostAsync(browser, "/inspections", "register-inspection", new()
        {
            ["Input.UnitId"] = UnitId, ["Input.Kind"] = "xuncha", ["Input.Type"] = "专项", ["Input.Issuer"] = " 市委 ",
            ["Input.Team"] = "市委第三巡察组", ["Input.Round"] = "十三届市委第一轮", ["Input.OnSiteStart"] = "2022-03-01", ["Input.OnSiteEnd"] = "2022-06-10",
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(Inspection + "?saved=registered", response.Headers.Location!.PathAndQuery);
        var sent = Body(Assert.Single(factory.Gateway.Writes));
        Assert.Equal(UnitId, sent.GetProperty("unitId").GetString());
        Assert.Equal("xuncha", sent.GetProperty("kind").GetString());
        Assert.Equal("专项", sent.GetProperty("type").GetString());
        Assert.Equal("市委", sent.GetProperty("issuer").GetString());
        Assert.Equal("2022-06-10", sent.GetProperty("onSiteEnd").GetString());
        Assert.Contains("已登记巡视巡察", await WebUiFactory.TextAsync(await browser.GetAsync(response.Headers.Location)));
    }

    [Fact]
    public async Task A_refused_registration_shows_the_field_errors_and_keeps_the_input()
    {
        using var factory = Factory();
        factory.Gateway.On("POST /api/findings/inspections", (_, _) => FakeGateway.Json(HttpStatusCode.BadRequest,
            """{"title":"One or more validation errors occurred.","status":400,"errors":{"unitId":["The unit is unknown or out of your scope."],"onSiteEnd":["The end is before the start."]}}"""));
        var browser = await PagesTests.SignedInAsync(factory);

        var response = await Forms.PostAsync(browser, "/inspections", "register-inspection", new()
        {
            ["Input.UnitId"] = OtherUnitId, ["Input.Kind"] = "xunshi", ["Input.Type"] = "常规", ["Input.Issuer"] = "省委",
            ["Input.Team"] = "省委巡视四组", ["Input.Round"] = "十四届省委第二轮", ["Input.OnSiteStart"] = "2022-03-01", ["Input.OnSiteEnd"] = "2022-01-10",
        });
        var text = await WebUiFactory.TextAsync(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Matches("id=\"inspection-unit\"[\\s\\S]*?</select>\\s*<div class=\"validation-message\">The unit is unknown or out of your scope.</div>", text);
        Assert.Matches("id=\"inspection-end\"[^>]*>\\s*<div class=\"validation-message\">The end is before the start.</div>", text);
        Assert.Matches("id=\"inspection-team\"[^>]*value=\"省委巡视四组\"", text);
    }

    [Fact]
    public async Task Missing_fields_are_not_sent()
    {
        using var factory = Factory();
        var browser = await PagesTests.SignedInAsync(factory);

        var text = await WebUiFactory.TextAsync(await Forms.PostAsync(browser, "/inspections", "register-inspection", new() { ["Input.Issuer"] = "市委" }));

        Assert.Contains("请填写巡视巡察组", text);
        Assert.Contains("请填写进驻开始日期", text);
        Assert.Empty(factory.Gateway.Writes);
    }

    [Fact]
    public async Task Delivering_feedback_posts_the_date()
    {
        using var factory = Factory();
        factory.Gateway.On($"POST /api/findings/inspections/{InspectionId}/feedback", (_, _) => Ok("{}"));
        var browser = await PagesTests.SignedInAsync(factory);

        var response = await Forms.PostAsync(browser, Inspection, "deliver-feedback", new() { ["Input.FeedbackOn"] = "2022-07-26" });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.EndsWith("?saved=feedback", response.Headers.Location!.OriginalString);
        Assert.Equal("2022-07-26", Body(Assert.Single(factory.Gateway.Writes)).GetProperty("feedbackOn").GetString());
    }

    [Fact]
    public async Task Recording_a_finding_below_a_problem_sends_its_level_tags_and_money()
    {
        using var factory = Factory();
        factory.Gateway.On($"POST /api/findings/inspections/{InspectionId}/findings", (_, _) => FakeGateway.Json(HttpStatusCode.Created, "{}"));
        var browser = await PagesTests.SignedInAsync(factory);

        var response = await Forms.PostAsync(browser, Inspection + "?parent=" + ProblemId, "record-finding", new()
        {
            ["Input.ParentId"] = ProblemId, ["Input.Ordinal"] = "2", ["Input.Title"] = "公务接待超标准",
            ["Input.MoneyInvolved"] = "3,500", ["Input.Tags"] = "接待、 财务,财务", ["Input.ImmediateFix"] = "true",
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var write = Assert.Single(factory.Gateway.Writes);
        Assert.Equal("POST", write.Method);
        var sent = Body(write);
        Assert.Equal(ProblemId, sent.GetProperty("parentId").GetString());
        Assert.Equal(3, sent.GetProperty("level").GetInt32());
        Assert.Equal("2", sent.GetProperty("ordinal").GetString());
        Assert.Equal(3500m, sent.GetProperty("moneyInvolved").GetDecimal());
        Assert.True(sent.GetProperty("immediateFix").GetBoolean());
        Assert.Equal(["接待", "财务"], sent.GetProperty("tags").EnumerateArray().Select(t => t.GetString()));
    }

    [Fact]
    public async Task The_record_form_preselects_the_parent_from_the_link()
    {
        using var factory = Factory();
        var browser = await PagesTests.SignedInAsync(factory);

        var text = await WebUiFactory.TextAsync(await browser.GetAsync(Inspection + "?parent=" + ProblemId));

        Assert.Contains($"<option value=\"{ProblemId}\" selected>", text);
    }

    [Fact]
    public async Task A_refused_finding_shows_the_error_next_to_the_field_and_keeps_the_text()
    {
        using var factory = Factory();
        factory.Gateway.On($"POST /api/findings/inspections/{InspectionId}/findings", (_, _) => FakeGateway.Json(HttpStatusCode.BadRequest,
            """{"title":"One or more validation errors occurred.","status":400,"errors":{"Title":["The field Title must be a string with a minimum length of 2."]}}"""));
        var browser = await PagesTests.SignedInAsync(factory);

        var response = await Forms.PostAsync(browser, Inspection, "record-finding", new() { ["Input.Ordinal"] = "二", ["Input.Title"] = "短" });
        var text = await WebUiFactory.TextAsync(response);

        Assert.Matches("id=\"finding-title\"[^>]*>短</textarea>\\s*<div class=\"validation-message\">The field Title must be a string with a minimum length of 2.</div>", text);
        Assert.Matches("id=\"finding-ordinal\"[^>]*value=\"二\"", text);
    }

    [Fact]
    public async Task A_bad_amount_is_not_sent()
    {
        using var factory = Factory();
        var browser = await PagesTests.SignedInAsync(factory);

        var text = await WebUiFactory.TextAsync(await Forms.PostAsync(browser, Inspection, "record-finding", new()
        {
            ["Input.Ordinal"] = "二", ["Input.Title"] = "问题表述", ["Input.MoneyInvolved"] = "一万",
        }));

        Assert.Contains("请填写不小于 0 的金额", text);
        Assert.Empty(factory.Gateway.Writes);
    }

    [Fact]
    public async Task A_concurrent_change_is_reported()
    {
        using var factory = Factory();
        factory.Gateway.On($"POST /api/findings/inspections/{InspectionId}/findings", (_, _) => FakeGateway.Json(HttpStatusCode.Conflict, "{}"));
        var browser = await PagesTests.SignedInAsync(factory);

        var text = await WebUiFactory.TextAsync(await Forms.PostAsync(browser, Inspection, "record-finding", new()
        {
            ["Input.Ordinal"] = "二", ["Input.Title"] = "问题表述",
        }));

        Assert.Contains("该巡视巡察刚被他人修改", text);
    }

    [Fact]
    public async Task Revising_opens_a_prefilled_form_and_puts_the_revision()
    {
        using var factory = Factory();
        factory.Gateway.On($"PUT /api/findings/inspections/{InspectionId}/findings/{ProblemId}", (_, _) => Ok("{}"));
        var browser = await PagesTests.SignedInAsync(factory);
        var edit = $"{Inspection}?edit={ProblemId}";

        var form = await WebUiFactory.TextAsync(await browser.GetAsync(edit));
        var response = await Forms.PostAsync(browser, edit, "revise-finding", new()
        {
            ["Input.Ordinal"] = "（二）", ["Input.Title"] = "违规发放津补贴问题", ["Input.MoneyInvolved"] = "", ["Input.Tags"] = "",
        });

        Assert.Matches("id=\"revise-ordinal\"[^>]*value=\"（一）\"", form);
        Assert.Matches("id=\"revise-money\"[^>]*value=\"12000.5\"", form);
        Assert.Matches("id=\"revise-immediate\"[^>]*checked", form);
        Assert.Contains("确认撤回此问题及其下级 1 项问题", form);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var write = Assert.Single(factory.Gateway.Writes);
        Assert.Equal("PUT", write.Method);
        var sent = Body(write);
        Assert.Equal("（二）", sent.GetProperty("ordinal").GetString());
        Assert.False(sent.GetProperty("immediateFix").GetBoolean());
        Assert.Equal(JsonValueKind.Null, sent.GetProperty("moneyInvolved").ValueKind);
    }

    [Fact]
    public async Task Withdrawing_needs_the_box_ticked()
    {
        using var factory = Factory();
        factory.Gateway.On($"DELETE /api/findings/inspections/{InspectionId}/findings/{ProblemId}", (_, _) => new HttpResponseMessage(HttpStatusCode.NoContent));
        var browser = await PagesTests.SignedInAsync(factory);
        var edit = $"{Inspection}?edit={ProblemId}";

        var unconfirmed = await WebUiFactory.TextAsync(await Forms.PostAsync(browser, edit, "withdraw-finding", []));
        Assert.Contains("请先勾选确认", unconfirmed);
        Assert.Empty(factory.Gateway.Writes);

        var response = await Forms.PostAsync(browser, edit, "withdraw-finding", new() { ["Withdraw.Confirm"] = "true" });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("DELETE", Assert.Single(factory.Gateway.Writes).Method);
        Assert.Contains("已撤回问题", await WebUiFactory.TextAsync(await browser.GetAsync(response.Headers.Location)));
    }

    [Fact]
    public async Task The_pages_are_English_with_the_culture_cookie()
    {
        using var factory = Factory();
        var browser = await PagesTests.SignedInAsync(factory);
        await browser.GetAsync("/culture/set?culture=en&redirectUri=%2F");

        var list = await WebUiFactory.TextAsync(await browser.GetAsync("/inspections"));
        var detail = await WebUiFactory.TextAsync(await browser.GetAsync(Inspection));

        Assert.Contains("<h1>Inspections</h1>", list);
        Assert.Contains("Rectifying", list);
        Assert.Contains("Routine", list);
        Assert.Contains("2022-03-01 to 2022-06-10", list);
        Assert.Contains("Fix at once", detail);
        Assert.Contains("Money involved: 12,000.5 yuan", detail);
        Assert.Contains("Add a finding", detail);
        Assert.DoesNotContain("立行立改", detail);
    }

    private static JsonElement Body((string Method, string Path, string? Authorization, string? Body) request) =>
        JsonDocument.Parse(request.Body!).RootElement;
}
