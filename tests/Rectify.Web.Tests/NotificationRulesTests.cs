using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Rectify.Web.Tests;

public class NotificationRulesTests
{
    private const string Url = "/notifications/rules";
    private const string Form = "reminder-rules";
    private const string Province = "0d3c0000-0000-0000-0000-000000000001";
    private const string Xian = "0d3c0000-0000-0000-0000-000000000002";
    private const string County = "0d3c0000-0000-0000-0000-000000000003";

    private static string Edit(string jurisdiction) => $"{Url}?jurisdiction={jurisdiction}";

    /// <summary>A complete, valid form; tests change the fields they are about (null: not posted, an unticked box).</summary>
    private static Dictionary<string, string> Valid(params (string Field, string? Value)[] changes)
    {
        var form = new Dictionary<string, string>
        {
            ["Input.CalendarDaysBefore"] = "20, 10", ["Input.WorkingDaysBefore"] = "5, 3, 1", ["Input.OnDueDay"] = "true",
            ["Input.OverdueDailyFor"] = "20", ["Input.EscalateToLeaderAfter"] = "3", ["Input.EscalateToTopAfter"] = "10",
            ["Input.ReportPeriodWorkingDaysBefore"] = "3", ["Input.SendAt"] = "09:00", ["Input.WeeklyDigest"] = "true",
            ["Input.DigestDay"] = "1", ["Input.DigestAt"] = "09:00",
        };
        foreach (var (field, value) in changes)
        {
            if (value is null)
                form.Remove("Input." + field);
            else
                form["Input." + field] = value;
        }

        return form;
    }

    [Fact]
    public async Task The_list_shows_the_default_and_each_override_in_words()
    {
        using var factory = new WebUiFactory();
        factory.Gateway.Serve();
        var browser = await PagesTests.SignedInAsync(factory);

        var text = await WebUiFactory.TextAsync(await browser.GetAsync(Url));

        Assert.Contains("<td>默认（所有辖区）</td>", text);
        Assert.Contains("<td>截止前20、10天；前5、3、1个工作日；到期当日；逾期每日提醒20个工作日；逾期3个工作日报告责任领导，10个工作日报告第一责任人和巡察办；"
            + "每期进展报告前3个工作日；提醒于9:00发送；每周一9:00汇总</td>", text);
        Assert.Contains($"<td title=\"{NotificationsData.XianPath}\">陕西省 / 西安市</td>", text);
        Assert.Contains("<td>截止前30天；前5、2个工作日；逾期不每日提醒；逾期5个工作日报告责任领导；提醒于8:30发送；不发每周汇总</td>", text);
        // A path no jurisdiction in the tree has is shown as it is.
        Assert.Contains("<td title=\"/9f000000000000000000000000000009/\">/9f000000000000000000000000000009/</td>", text);
        Assert.Contains("<td>到期当日；逾期每日提醒1个工作日；逾期4个工作日报告第一责任人和巡察办；每期进展报告前2、1个工作日；提醒于9:00发送；每周日18:30汇总</td>", text);
        Assert.Contains($"href=\"notifications/rules?jurisdiction={Xian}#rules-form\"", text);
        Assert.Contains($"<option value=\"{County}\">\u3000\u3000\u3000\u3000某某县</option>", text);
        Assert.Contains("href=\"notifications/rules\"", text);
        Assert.DoesNotContain($"value=\"{Form}\"", text);
    }

    [Fact]
    public async Task The_re_plans_the_changes_started_show_how_far_they_have_got()
    {
        using var factory = new WebUiFactory();
        factory.Gateway.Serve();
        var browser = await PagesTests.SignedInAsync(factory);

        // The row's cells sit on separate lines in the markup.
        var text = System.Text.RegularExpressions.Regex.Replace(await WebUiFactory.TextAsync(await browser.GetAsync(Url)), @">\s+<", "><");

        Assert.Contains("<h2 id=\"replans-title\">重新安排提醒</h2>", text);
        Assert.Contains("<td>2024-09-02 15:00</td><td>一个单位调整至陕西省 / 西安市</td><td>进行中：已处理0/3项时限</td>", text);
        Assert.Contains("<td>2024-09-02 14:05</td><td>节假日安排变更（所有单位）</td><td>进行中：已处理400/1200项时限</td>", text);
        Assert.Contains("<td>2024-09-01 10:00</td><td>陕西省 / 西安市的提醒规则变更</td><td>已完成（35项时限）</td>", text);
    }

    [Fact]
    public async Task Coordinators_read_the_rules_without_editing()
    {
        using var factory = new WebUiFactory();
        factory.Gateway.Serve("unit_coordinator");
        var browser = await PagesTests.SignedInAsync(factory);

        var text = await WebUiFactory.TextAsync(await browser.GetAsync(Edit(Xian)));

        Assert.Contains("截止前30天", text);
        Assert.Contains("提醒规则由辖区巡察办或系统管理员设置，您可以在此查看。", text);
        Assert.Contains("您无权修改该辖区的提醒规则", text);
        Assert.DoesNotContain("id=\"rules-jurisdiction\"", text);
        Assert.DoesNotContain("?jurisdiction=", text);
        Assert.DoesNotContain($"value=\"{Form}\"", text);
    }

    [Fact]
    public async Task An_inspection_office_sets_rules_for_its_jurisdiction_and_those_below_only()
    {
        using var factory = new WebUiFactory();
        factory.Gateway.Serve().On("GET /api/units/me", (_, _) => FakeGateway.Json(HttpStatusCode.OK,
            $$"""{"id":"a1","userName":"xa","displayName":"李四","personId":"p1","grants":[{"id":"g1","role":"inspection_office","unitId":null,"jurisdictionId":"{{Xian}}"}]}"""));
        var browser = await PagesTests.SignedInAsync(factory);

        var text = await WebUiFactory.TextAsync(await browser.GetAsync(Url));

        Assert.Contains($"<option value=\"{Xian}\">", text);
        Assert.Contains($"<option value=\"{County}\">", text);
        Assert.DoesNotContain($"<option value=\"{Province}\">", text);
        Assert.Contains($"?jurisdiction={Xian}", text);
    }

    [Fact]
    public async Task A_new_override_starts_from_the_rules_it_inherits()
    {
        using var factory = new WebUiFactory();
        factory.Gateway.Serve();
        var browser = await PagesTests.SignedInAsync(factory);

        var county = await WebUiFactory.TextAsync(await browser.GetAsync(Edit(County)));
        var province = await WebUiFactory.TextAsync(await browser.GetAsync(Edit(Province)));

        Assert.Contains("陕西省 / 西安市 / 某某县的提醒规则", county);
        Assert.Contains("本辖区目前沿用陕西省 / 西安市的规则，保存后改为单独设置的规则。", county);
        Assert.Matches("id=\"rules-calendar\"[^>]* value=\"30\"", county);
        Assert.Matches("id=\"rules-send-at\"[^>]* value=\"08:30\"", county);
        Assert.Contains("<option value=\"5\" selected", county);
        Assert.DoesNotContain("恢复默认", county);
        Assert.Contains("本辖区目前沿用默认规则", province);
        Assert.Matches("id=\"rules-calendar\"[^>]* value=\"20, 10\"", province);
        Assert.Matches("id=\"rules-working\"[^>]* value=\"5, 3, 1\"", province);
    }

    [Fact]
    public async Task Saving_puts_every_rule_for_the_jurisdictions_path()
    {
        using var factory = new WebUiFactory();
        factory.Gateway.Serve().On("PUT /api/notifications/rules", (_, body) => FakeGateway.Json(HttpStatusCode.OK, body!));
        var browser = await PagesTests.SignedInAsync(factory);

        var response = await Forms.PostAsync(browser, Edit(Province), Form, Valid(
            ("CalendarDaysBefore", "15，30 10"), ("WorkingDaysBefore", "２、1"), ("OnDueDay", null), ("OverdueDailyFor", " 15 "),
            ("EscalateToLeaderAfter", "0"), ("EscalateToTopAfter", "8"), ("ReportPeriodWorkingDaysBefore", "5, 2"), ("SendAt", "08:30"),
            ("DigestDay", "3"), ("DigestAt", "17:45")));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal($"{Url}?saved={Province}", response.Headers.Location!.PathAndQuery);
        var put = Assert.Single(factory.Gateway.Writes);
        Assert.Equal(("PUT", "/api/notifications/rules"), (put.Method, put.Path));
        var sent = JsonDocument.Parse(put.Body!).RootElement;
        Assert.Equal("/0d3c0000000000000000000000000001/", sent.GetProperty("jurisdictionPath").GetString());
        var rules = sent.GetProperty("rules");
        Assert.Equal("[30,15,10]", rules.GetProperty("calendarDaysBefore").GetRawText());
        Assert.Equal("[2,1]", rules.GetProperty("workingDaysBefore").GetRawText());
        Assert.False(rules.GetProperty("onDueDay").GetBoolean());
        Assert.Equal(15, rules.GetProperty("overdueDailyFor").GetInt32());
        Assert.Equal(0, rules.GetProperty("escalateToLeaderAfter").GetInt32());
        Assert.Equal(8, rules.GetProperty("escalateToTopAfter").GetInt32());
        Assert.Equal("[5,2]", rules.GetProperty("reportPeriodWorkingDaysBefore").GetRawText());
        Assert.Equal("08:30:00", rules.GetProperty("sendAt").GetString());
        Assert.True(rules.GetProperty("weeklyDigest").GetBoolean());
        Assert.Equal(3, rules.GetProperty("digestDay").GetInt32());
        Assert.Equal("17:45:00", rules.GetProperty("digestAt").GetString());

        var after = await WebUiFactory.TextAsync(await browser.GetAsync(response.Headers.Location!.PathAndQuery));
        Assert.Contains("已保存陕西省的提醒规则。新规则适用于该辖区各单位尚未完成事项的时限，提醒正在后台重新安排。", after);
    }

    [Fact]
    public async Task Saving_an_override_sends_back_rules_the_form_does_not_show()
    {
        using var factory = new WebUiFactory();
        factory.Gateway.Serve().On("PUT /api/notifications/rules", (_, body) => FakeGateway.Json(HttpStatusCode.OK, body!));
        var browser = await PagesTests.SignedInAsync(factory);

        await Forms.PostAsync(browser, Edit(Xian), Form, Valid(("WeeklyDigest", null)));

        var sent = JsonDocument.Parse(Assert.Single(factory.Gateway.Writes).Body!).RootElement;
        Assert.Equal(NotificationsData.XianPath, sent.GetProperty("jurisdictionPath").GetString());
        Assert.Equal(7, sent.GetProperty("rules").GetProperty("futureRule").GetInt32());
        Assert.False(sent.GetProperty("rules").GetProperty("weeklyDigest").GetBoolean());
    }

    [Theory]
    [InlineData("CalendarDaysBefore", "20, abc", "“abc”无效：请填写1至366之间的整数，多个用逗号分隔。")]
    [InlineData("CalendarDaysBefore", "400", "“400”无效：请填写1至366之间的整数，多个用逗号分隔。")]
    [InlineData("WorkingDaysBefore", "5, 0", "“0”无效：请填写1至250之间的整数，多个用逗号分隔。")]
    [InlineData("ReportPeriodWorkingDaysBefore", "-3", "“-3”无效：请填写1至250之间的整数，多个用逗号分隔。")]
    [InlineData("OverdueDailyFor", "251", "请填写0至250之间的整数。")]
    [InlineData("EscalateToTopAfter", "", "请填写0至250之间的整数。")]
    [InlineData("SendAt", "9点", "请填写时间，如 09:00。")]
    public async Task Invalid_input_is_shown_next_to_its_field_and_nothing_is_sent(string field, string value, string message)
    {
        using var factory = new WebUiFactory();
        factory.Gateway.Serve();
        var browser = await PagesTests.SignedInAsync(factory);

        var text = await WebUiFactory.TextAsync(await Forms.PostAsync(browser, Edit(Province), Form, Valid((field, value))));

        Assert.Contains($"<div class=\"validation-message\">{message}</div>", text);
        Assert.Matches($"name=\"Input.{field}\"[^>]* value=\"{Regex.Escape(value)}\"", text);
        Assert.Contains("请按提示修改后重新提交。", text);
        Assert.Empty(factory.Gateway.Writes);
    }

    [Fact]
    public async Task The_APIs_validation_errors_are_shown()
    {
        using var factory = new WebUiFactory();
        factory.Gateway.Serve().On("PUT /api/notifications/rules", (_, _) => FakeGateway.Json(HttpStatusCode.BadRequest,
            """{"title":"One or more validation errors occurred.","status":400,"errors":{"rules":["Overdue counts are between 0 and 250 working days."],"rules.sendAt":["Not a time."]}}"""));
        var browser = await PagesTests.SignedInAsync(factory);

        var text = await WebUiFactory.TextAsync(await Forms.PostAsync(browser, Edit(Province), Form, Valid()));

        Assert.Contains("<p>Overdue counts are between 0 and 250 working days.</p>", text);
        var field = text.IndexOf("id=\"rules-send-at\"", StringComparison.Ordinal);
        var error = text.IndexOf("Not a time.", StringComparison.Ordinal);
        Assert.True(field > 0 && error > field);
        Assert.Contains("请按提示修改后重新提交。", text);
    }

    [Fact]
    public async Task A_refusal_is_shown_plainly()
    {
        using var factory = new WebUiFactory();
        factory.Gateway.Serve().On("PUT /api/notifications/rules", (_, _) => FakeGateway.Json(HttpStatusCode.Forbidden,
            """{"title":"Forbidden","status":403}"""));
        var browser = await PagesTests.SignedInAsync(factory);

        var text = await WebUiFactory.TextAsync(await Forms.PostAsync(browser, Edit(Province), Form, Valid()));

        Assert.Contains("您无权修改该辖区的提醒规则，只有该辖区的巡察办或系统管理员可以修改。", text);
        Assert.Single(factory.Gateway.Writes);
    }

    [Fact]
    public async Task Restoring_the_default_deletes_the_override_once_confirmed()
    {
        using var factory = new WebUiFactory();
        string? query = null;
        factory.Gateway.Serve().On("DELETE /api/notifications/rules", (request, _) =>
        {
            query = request.RequestUri!.Query;
            return new HttpResponseMessage(HttpStatusCode.NoContent);
        });
        var browser = await PagesTests.SignedInAsync(factory);

        var page = await WebUiFactory.TextAsync(await browser.GetAsync(Edit(Xian)));
        var unconfirmed = await WebUiFactory.TextAsync(await Forms.PostAsync(browser, Edit(Xian), "restore-reminder-rules", []));
        Assert.Empty(factory.Gateway.Writes);
        var response = await Forms.PostAsync(browser, Edit(Xian), "restore-reminder-rules", new() { ["Input.Confirm"] = "true" });

        Assert.Contains("确认删除陕西省 / 西安市单独设置的规则，改为沿用默认规则", page);
        Assert.Contains("请先勾选确认，再恢复默认。", unconfirmed);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal($"{Url}?removed={Xian}", response.Headers.Location!.PathAndQuery);
        var delete = Assert.Single(factory.Gateway.Writes);
        Assert.Equal(("DELETE", "/api/notifications/rules"), (delete.Method, delete.Path));
        Assert.Equal("?jurisdictionPath=" + Uri.EscapeDataString(NotificationsData.XianPath), query);
        var after = await WebUiFactory.TextAsync(await browser.GetAsync(response.Headers.Location!.PathAndQuery));
        Assert.Contains("已恢复默认：陕西省 / 西安市改为沿用上级规则。", after);
    }
}
