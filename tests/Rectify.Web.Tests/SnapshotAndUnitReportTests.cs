using System.Net;
using static Rectify.Web.Tests.ReportsData;

namespace Rectify.Web.Tests;

public class SnapshotAndUnitReportTests
{
    [Fact]
    public async Task Taking_a_snapshot_posts_its_label_and_scope_then_opens_it()
    {
        using var factory = new WebUiFactory();
        factory.Gateway.ServeReports()
            .On("GET /api/reports/snapshots", (_, _) => FakeGateway.Json(HttpStatusCode.OK, "[]"))
            .On("POST /api/reports/snapshots", (_, _) => FakeGateway.Json(HttpStatusCode.Created, $$"""
                {"snapshot":{"id":"{{Snapshot}}","label":"二季度","jurisdictionPath":"/p/fz/","unitId":null,"asOf":"2026-06-15",
                 "takenAt":"2026-06-15T02:00:00Z","takenBy":"admin"},"figures":{{Dashboard}}}
                """));
        var browser = await PagesTests.SignedInAsync(factory);

        var page = await WebUiFactory.TextAsync(await browser.GetAsync("/reports/snapshots"));
        var response = await Forms.PostAsync(browser, "/reports/snapshots", "take-snapshot", new()
        {
            ["Input.Label"] = " 二季度 ",
            ["Input.Over"] = "j:/p/fz/",
        });

        Assert.Contains("还没有快照。", page);
        Assert.Contains($"value=\"u:{NotificationsData.UnitId}\"", page);
        Assert.Contains("市发展和改革委员会</option>", page);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal($"/reports/snapshots/{Snapshot}", response.Headers.Location!.PathAndQuery);
        var write = Assert.Single(factory.Gateway.Writes);
        Assert.Equal("{\"label\":\"二季度\",\"jurisdictionPath\":\"/p/fz/\",\"unitId\":null}", System.Text.RegularExpressions.Regex.Unescape(write.Body!));
    }

    [Fact]
    public async Task A_snapshot_without_a_label_is_refused_before_the_api()
    {
        using var factory = new WebUiFactory();
        factory.Gateway.ServeReports().On("GET /api/reports/snapshots", (_, _) => FakeGateway.Json(HttpStatusCode.OK, "[]"));
        var browser = await PagesTests.SignedInAsync(factory);

        var text = await WebUiFactory.TextAsync(await Forms.PostAsync(browser, "/reports/snapshots", "take-snapshot", new()
        {
            ["Input.Label"] = "",
            ["Input.Over"] = "j:/p/fz/",
        }));

        Assert.Contains("validation-message", text);
        Assert.Empty(factory.Gateway.Writes);
    }

    [Fact]
    public async Task A_units_own_view_lists_its_inspections_and_categories_with_drill_down()
    {
        using var factory = new WebUiFactory();
        factory.Gateway.ServeReports().On($"GET /api/reports/units/{UnitA}", (_, _) => FakeGateway.Json(HttpStatusCode.OK, $$$"""
            {"asOf":"2026-06-15","unitId":"{{{UnitA}}}","name":"县科技局党组","figures":{{{Figures(5, 2, 1, "40.0")}}},"clues":2,
             "inspections":[{"inspectionId":"{{{Inspection}}}","kind":"xuncha","issuer":"县委","team":"第一巡察组","round":"R1","type":"常规",
               "feedbackOn":"2026-03-01","closedOn":null,"figures":{{{Figures(5, 2, 1, "40.0")}}},"clues":2}],
             "categories":[{"category":"财务管理","figures":{{{Figures(3, 1, 1, "33.3")}}}}]}
            """));
        var browser = await PagesTests.SignedInAsync(factory);

        var text = await WebUiFactory.TextAsync(await browser.GetAsync($"/reports/units/{UnitA}"));

        Assert.Contains("县科技局党组 · 整改情况", text);
        Assert.Contains($"<a href=\"reports/inspections/{Inspection}\">县委 第一巡察组 · R1 常规</a>", text);
        Assert.Contains($"href=\"reports/items?figure=overdue&unitId={UnitA}&inspectionId={Inspection}\"", text);
        Assert.Contains($"<a href=\"reports/items?figure=total&unitId={UnitA}&category={Uri.EscapeDataString("财务管理")}\">3</a>", text);
        Assert.Contains("<th scope=\"row\">财务管理</th>", text);
        Assert.Contains("当前时限晚于原定时限的任务。", text); // the definition beside the slipped count
    }

    [Fact]
    public async Task Another_units_report_is_not_found()
    {
        using var factory = new WebUiFactory();
        factory.Gateway.ServeReports();
        var browser = await PagesTests.SignedInAsync(factory);

        var text = await WebUiFactory.TextAsync(await browser.GetAsync($"/reports/units/{UnitB}"));

        Assert.Contains("找不到，或不在您的查看范围内。", text);
    }
}
