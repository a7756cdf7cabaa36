using System.Net;
using static Rectify.Web.Tests.ReportsData;

namespace Rectify.Web.Tests;

public class ReportPagesTests
{
    [Fact]
    public async Task The_dashboard_shows_each_unit_with_the_rate_beside_overdue_and_every_number_drills_down()
    {
        using var factory = new WebUiFactory();
        factory.Gateway.ServeReports();
        var browser = await PagesTests.SignedInAsync(factory);

        var text = await WebUiFactory.TextAsync(await browser.GetAsync("/reports?round=R1&sort=name&desc=false"));

        Assert.Contains($"<a href=\"reports/units/{UnitA}\">县科技局党组</a>", text);
        Assert.Contains("<span class=\"rate\">40.0%</span>", text);
        // Overdue sits beside the rate, and links to its tasks within the same filter.
        Assert.Contains($"href=\"reports/items?figure=overdue&unitId={UnitA}&round=R1\"", text);
        Assert.Contains($"href=\"reports/items?figure=total&unitId={UnitA}&round=R1\"", text);
        Assert.Contains("href=\"reports/items?figure=closed&round=R1\"", text); // the totals row
        // A unit with no tasks has no rate: never 0 % or 100 %.
        Assert.Contains("<span class=\"rate\">—</span>", text);
        // The definitions are on the page, not only in a tooltip.
        Assert.Contains("未销号且当前时限早于今天。", text);
        Assert.Contains("已销号任务数 ÷ 任务总数", text);
        Assert.Contains("<a href=\"reports/items?figure=with_outcomes&round=R1\">查看填报成效的任务</a>", text);
        // Headers sort; the current column toggles its direction.
        Assert.Contains("href=\"reports?round=R1&sort=name&desc=true\"", text);
        Assert.Contains("href=\"reports?round=R1&sort=overdue&desc=true\"", text);
        var call = Assert.Single(factory.Gateway.Requests, r => r.Path == "/api/reports/dashboard");
        Assert.Equal("Bearer " + FakeGateway.Token, call.Authorization);
    }

    [Fact]
    public async Task The_dashboard_forwards_its_filters_and_draws_its_charts_with_the_numbers_as_text()
    {
        using var factory = new WebUiFactory();
        string? query = null, timelineQuery = null;
        factory.Gateway.ServeReports()
            .On("GET /api/reports/dashboard", (request, _) =>
            {
                query = request.RequestUri!.Query;
                return FakeGateway.Json(HttpStatusCode.OK, Dashboard);
            })
            .On("GET /api/reports/timeline", (request, _) =>
            {
                timelineQuery = request.RequestUri!.Query;
                return FakeGateway.Json(HttpStatusCode.OK, Timeline);
            });
        var browser = await PagesTests.SignedInAsync(factory);

        var text = await WebUiFactory.TextAsync(await browser.GetAsync("/reports?team=T1&category=财务管理"));

        Assert.Equal("?team=T1&category=" + Uri.EscapeDataString("财务管理"), query);
        Assert.Contains("<title id=\"timeline-chart-title\">整改进度趋势（按周累计）</title>", text);
        Assert.Contains("<th scope=\"row\">2026-06-15 – 2026-06-21</th><td>3</td><td>5</td>", text);
        Assert.Contains("<title id=\"category-chart-title\">按问题类别：已销号 / 任务总数</title>", text);
        Assert.Contains("<title id=\"overdue-chart-title\">各单位逾期任务数</title>", text);
        Assert.Contains($"<a href=\"reports/items?figure=overdue&unitId={UnitA}&team=T1&category=", text);
        // The timeline has no category filter in the API: it follows the others and asks for twelve weeks.
        Assert.Equal("?team=T1&weeks=12", timelineQuery);
    }

    [Fact]
    public async Task The_drill_down_lists_the_tasks_behind_a_figure_with_its_definition()
    {
        using var factory = new WebUiFactory();
        string? query = null;
        factory.Gateway.ServeReports().On("GET /api/reports/items", (request, _) =>
        {
            query = request.RequestUri!.Query;
            return FakeGateway.Json(HttpStatusCode.OK, Items);
        });
        var browser = await PagesTests.SignedInAsync(factory);

        var text = await WebUiFactory.TextAsync(await browser.GetAsync($"/reports/items?figure=overdue&unitId={UnitA}"));

        Assert.Equal($"?figure=overdue&unitId={UnitA}&skip=0&take=100", query);
        Assert.Contains("明细：逾期", text);
        Assert.Contains("未销号且当前时限早于今天。", text);
        Assert.Contains("<a href=\"tasks/ffffffff-0000-0000-0000-000000000003\">2 财务管理不规范</a>", text);
        Assert.Contains("<td class=\"light light-red\">红灯</td>", text);
    }

    [Fact]
    public async Task The_inspection_report_shows_findings_with_their_tasks_light_and_slippage()
    {
        using var factory = new WebUiFactory();
        factory.Gateway.ServeReports();
        var browser = await PagesTests.SignedInAsync(factory);

        var text = await WebUiFactory.TextAsync(await browser.GetAsync($"/reports/inspections/{Inspection}"));

        Assert.Contains("贯彻落实党中央决策部署不够有力", text);
        Assert.Contains("<span class=\"tag\">财务管理</span>", text);
        Assert.Contains("红灯（已超过整改时限）", text);
        Assert.Contains("<td>2026-05-31</td>\n                                <td>2026-06-10</td>", text.Replace("\r\n", "\n"));
        Assert.Contains($"href=\"reports/items?figure=slipped&inspectionId={Inspection}\"", text);
    }

    [Fact]
    public async Task A_snapshots_numbers_drill_down_to_the_items_it_stored()
    {
        using var factory = new WebUiFactory();
        factory.Gateway.ServeReports();
        var browser = await PagesTests.SignedInAsync(factory);

        var text = await WebUiFactory.TextAsync(await browser.GetAsync($"/reports/snapshots/{Snapshot}"));

        Assert.Contains("快照：二季度", text);
        Assert.Contains($"href=\"reports/snapshots/{Snapshot}/items?figure=overdue&unitId={UnitA}\">1</a>", text);
        Assert.Contains($"href=\"reports/snapshots/{Snapshot}/items?figure=total\">7</a>", text);
        // The overdue beside the rate drills down to the snapshot's stored items too, not to today's.
        Assert.Matches($"rate-overdue warn\">逾期\\s*<a class=\"figure-link\" href=\"reports/snapshots/{Snapshot}/items\\?figure=overdue\">2</a>", text);
    }

    [Fact]
    public async Task The_dashboard_is_English_with_the_culture_cookie()
    {
        using var factory = new WebUiFactory();
        factory.Gateway.ServeReports();
        var browser = await PagesTests.SignedInAsync(factory);
        await browser.GetAsync("/culture/set?culture=en&redirectUri=%2F");

        var text = await WebUiFactory.TextAsync(await browser.GetAsync("/reports"));

        Assert.Contains("Rectification dashboard", text);
        Assert.Contains("Completion rate", text);
        Assert.Contains("Not closed and its current deadline is before today.", text);
        Assert.Contains("<span class=\"rate-overdue warn\">overdue", text);
        Assert.Contains("Progress over time (cumulative, by week)", text);
        Assert.DoesNotContain("整改完成率", text);
    }
}
