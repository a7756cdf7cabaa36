using System.Net;
using System.Text.Json;
using static Rectify.Web.Tests.FindingsData;

namespace Rectify.Web.Tests;

/// <summary>The inspection page's recurring progress-report section: periods with their state, the office's and the coordinator's forms.</summary>
public class ProgressReportsTests
{
    private const string Reports = """
        {"obligation":{"every":14,"intervalUnit":"days","firstDue":"2022-08-01","until":null},
         "periods":[{"due":"2022-08-01","state":"submitted","report":{"id":"r1","periodDue":"2022-08-01","submittedOn":"2022-07-30","summary":"已完成整改方案制定"}},
                    {"due":"2022-08-15","state":"missing","report":null},
                    {"due":"2022-08-29","state":"due","report":null}]}
        """;

    private static WebUiFactory WithReports(string profile, string reports = Reports)
    {
        var factory = Factory(profile);
        factory.Gateway.On($"GET /api/findings/inspections/{InspectionId}/progress-reports", (_, _) => Ok(reports));
        return factory;
    }

    [Fact]
    public async Task The_periods_show_their_state_in_Chinese_and_the_coordinator_may_submit_but_not_set_the_obligation()
    {
        using var factory = WithReports(CoordinatorProfile);
        var browser = await PagesTests.SignedInAsync(factory);

        var text = await WebUiFactory.TextAsync(await browser.GetAsync(Inspection));

        Assert.Contains("定期整改进展情况报告", text);
        Assert.Contains("每 14 天报送一次，首次截止 2022-08-01，截至 巡察整改结束。", text);
        Assert.Matches("<td>2022-08-01</td>\\s*<td><span class=\"status submitted\">已报送</span></td>\\s*<td>2022-07-30</td>\\s*<td>已完成整改方案制定</td>", text);
        Assert.Contains("<span class=\"status missing\">逾期未报送</span>", text);
        Assert.Contains("<span class=\"status due\">待报送</span>", text);
        Assert.Contains("报送本期整改进展", text);
        Assert.Contains("<option value=\"2022-08-15\"", text);
        Assert.DoesNotContain("<option value=\"2022-08-01\"", text);
        Assert.DoesNotContain("设定定期报告要求", text);
    }

    [Fact]
    public async Task The_office_sets_the_obligation_and_the_form_posts_it()
    {
        using var factory = WithReports(AdminProfile, """{"obligation":null,"periods":[]}""");
        factory.Gateway.On($"PUT /api/findings/inspections/{InspectionId}/progress-reports/obligation", (_, _) => Ok("{}"));
        var browser = await PagesTests.SignedInAsync(factory);

        var text = await WebUiFactory.TextAsync(await browser.GetAsync(Inspection));
        var response = await Forms.PostAsync(browser, Inspection, "report-obligation", new()
        {
            ["Input.Every"] = "1", ["Input.IntervalUnit"] = "months", ["Input.FirstDue"] = "2022-08-31", ["Input.Until"] = "",
        });

        Assert.Contains("巡察办尚未设定定期报告要求。", text);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("saved=obligation", response.Headers.Location!.OriginalString);
        var body = Body(Assert.Single(factory.Gateway.Writes));
        Assert.Equal((1, "months", "2022-08-31", JsonValueKind.Null),
            (body.GetProperty("every").GetInt32(), body.GetProperty("intervalUnit").GetString(), body.GetProperty("firstDue").GetString(),
                body.GetProperty("until").ValueKind));
    }

    [Fact]
    public async Task Submitting_a_report_posts_the_period_and_a_409_says_it_was_already_submitted()
    {
        using var factory = WithReports(CoordinatorProfile);
        factory.Gateway.On($"POST /api/findings/inspections/{InspectionId}/progress-reports",
            (_, _) => FakeGateway.Json(HttpStatusCode.Conflict, """{"title":"A report for this period was already submitted."}"""));
        var browser = await PagesTests.SignedInAsync(factory);

        var text = await WebUiFactory.TextAsync(await Forms.PostAsync(browser, Inspection, "submit-report", new()
        {
            ["Input.PeriodDue"] = "2022-08-15", ["Input.Summary"] = "召开专题会议2次",
        }));

        Assert.Contains("该报告期已报送。", text);
        var body = Body(Assert.Single(factory.Gateway.Writes));
        Assert.Equal(("2022-08-15", "召开专题会议2次"), (body.GetProperty("periodDue").GetString(), body.GetProperty("summary").GetString()));
    }

    private static JsonElement Body((string Method, string Path, string? Authorization, string? Body) request) =>
        JsonDocument.Parse(request.Body!).RootElement;
}
