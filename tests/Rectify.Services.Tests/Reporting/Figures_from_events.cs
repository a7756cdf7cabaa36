using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Rectify.Contracts.Tasks;
using static Rectify.Services.Tests.Reporting.FigureWorld;
using static Rectify.Services.Tests.Reporting.ReportingEvents;

namespace Rectify.Services.Tests.Reporting;

public sealed class Figures_from_events : IClassFixture<Figures_from_events.World>
{
    public sealed class World : IAsyncLifetime
    {
        public ReportingHost Host { get; } = new();
        public Task InitializeAsync() => FeedAsync(Host);
        public Task DisposeAsync() { Host.Dispose(); return Task.CompletedTask; }
    }

    private readonly ReportingHost _host;
    private HttpClient Office => _host.As("inspection_office|j:/p/fz/");

    public Figures_from_events(World world) => _host = world.Host;

    [Fact]
    public async Task The_office_dashboard_matches_the_hand_computed_fixture()
    {
        var dashboard = (await Office.GetFromJsonAsync<DashboardDto>("/api/reports/dashboard?sort=name"))!;

        Assert.Equal(new DateOnly(2026, 6, 15), dashboard.AsOf);
        Assert.Equal(["县审计局党组", "县科技局党组"], dashboard.Rows.Select(r => r.Name)); // 厦门 is outside the office's subtree
        var a = dashboard.Rows.Single(r => r.UnitId == A).Figures;
        Assert.Equal((5, 2, 1, 2, 1), (a.Total, a.Closed, a.Sustained, a.InProgress, a.NotStarted));
        Assert.Equal((1, 1, 1, 1), (a.Overdue, a.Red, a.Yellow, a.Green));
        Assert.Equal((1, 10, 1), (a.Slipped, a.SlipDays, a.NoRecentProgress));
        Assert.Equal(40.0m, a.CompletionRate);
        Assert.Equal((2, 3, 1200.50m), (a.Outcomes.RulesMade, a.Outcomes.TalkPeople, a.Outcomes.MoneyReturned));
        Assert.Equal(2, dashboard.Rows.Single(r => r.UnitId == A).Clues);
        var b = dashboard.Rows.Single(r => r.UnitId == B).Figures;
        Assert.Equal((2, 1, 0, 1, 0, 1, 0, 0, 0), (b.Total, b.Closed, b.Sustained, b.InProgress, b.NotStarted, b.Overdue, b.Yellow, b.Green, b.NoRecentProgress));
        Assert.Equal(50.0m, b.CompletionRate);
        Assert.Equal((7, 3, 2, 42.9m), (dashboard.Totals.Total, dashboard.Totals.Closed, dashboard.Totals.Overdue, dashboard.Totals.CompletionRate));
    }

    [Fact]
    public async Task Filters_by_category_round_and_team_narrow_the_counts()
    {
        var byCategory = (await Office.GetFromJsonAsync<DashboardDto>("/api/reports/dashboard?category=财务管理"))!;
        Assert.Equal((3, 1), (byCategory.Totals.Total, byCategory.Totals.Overdue));
        var byRound = (await Office.GetFromJsonAsync<DashboardDto>("/api/reports/dashboard?round=R2"))!;
        Assert.Equal((2, 0), (byRound.Totals.Total, byRound.Clues));
        var byTeam = (await Office.GetFromJsonAsync<DashboardDto>("/api/reports/dashboard?team=T1"))!;
        Assert.Equal((5, 2), (byTeam.Totals.Total, byTeam.Clues));
        var categories = (await Office.GetFromJsonAsync<CategoriesDto>("/api/reports/categories"))!;
        Assert.Equal([("党的建设", 2), ("财务管理", 3)], categories.Rows.Select(r => (r.Category, r.Figures.Total)));
        Assert.Equal(2, categories.Uncategorised.Total);
    }

    [Fact]
    public async Task Every_figure_drills_down_to_exactly_the_items_it_counts()
    {
        var dashboard = (await Office.GetFromJsonAsync<DashboardDto>("/api/reports/dashboard"))!;
        var overdue = (await Office.GetFromJsonAsync<ItemsDto>("/api/reports/items?figure=overdue"))!;
        Assert.Equal([A3, B1], overdue.Items.Select(i => i.TaskId).OrderBy(id => id == A3 ? 0 : 1));
        Assert.All(overdue.Items, i => Assert.Equal(("red", true), (i.Light, i.Overdue)));
        Assert.Equal("财务管理不规范", overdue.Items.Single(i => i.TaskId == A3).FindingTitle);

        foreach (var (figure, count) in Counts(dashboard.Totals))
        {
            var page = (await Office.GetFromJsonAsync<ItemsDto>($"/api/reports/items?figure={figure}&take=500"))!;
            Assert.True(count == page.Count, $"{figure}: the dashboard says {count}, the drill-down lists {page.Count}");
        }
        var unitItems = (await Office.GetFromJsonAsync<ItemsDto>($"/api/reports/items?figure=total&unitId={B}"))!;
        Assert.Equal([B1, B2], unitItems.Items.Select(i => i.TaskId).OrderBy(id => id == B1 ? 0 : 1));
    }

    [Fact]
    public async Task A_unit_sees_itself_only_and_other_units_are_absent()
    {
        var coordinator = _host.As($"unit_coordinator|u:{A}");
        var dashboard = (await coordinator.GetFromJsonAsync<DashboardDto>("/api/reports/dashboard"))!;
        Assert.Equal([A], dashboard.Rows.Select(r => r.UnitId));
        Assert.Equal(5, dashboard.Totals.Total);
        var unit = (await coordinator.GetFromJsonAsync<UnitReportDto>($"/api/reports/units/{A}"))!;
        Assert.Equal((5, 2), (unit.Figures.Total, unit.Clues));
        Assert.Equal(HttpStatusCode.NotFound, (await coordinator.GetAsync($"/api/reports/units/{B}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await coordinator.GetAsync($"/api/reports/inspections/{IB}")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await _host.Anonymous.GetAsync("/api/reports/dashboard")).StatusCode);
    }

    [Fact]
    public async Task The_inspection_view_holds_the_tree_with_each_findings_tasks()
    {
        var report = (await Office.GetFromJsonAsync<InspectionReportDto>($"/api/reports/inspections/{IA}"))!;
        var aspect = Assert.Single(report.Findings);
        Assert.Equal(("一", 1), (aspect.Ordinal, aspect.Level));
        Assert.Equal(["理论学习不够深入", "财务管理不规范"], aspect.Children.Select(c => c.Title));
        Assert.Equal(["财务管理"], aspect.Children[1].Tags);
        var a3 = aspect.Children[1].Tasks.Single(t => t.TaskId == A3);
        Assert.Equal((new DateOnly(2026, 5, 31), new DateOnly(2026, 6, 10), 10, "red"), (a3.OriginalDeadline, a3.Deadline, a3.SlipDays, a3.Light));
        Assert.Equal(2, report.Clues);
    }

    [Fact]
    public async Task Overdue_follows_the_clock_without_any_new_event()
    {
        using var host = new ReportingHost();
        await FeedAsync(host);
        var office = host.As("inspection_office|j:/p/fz/");
        host.Clock.Advance(TimeSpan.FromDays(10)); // 2026-06-25: a4 (due 06-20) is now overdue too
        var dashboard = (await office.GetFromJsonAsync<DashboardDto>("/api/reports/dashboard"))!;
        Assert.Equal(3, dashboard.Totals.Overdue);
    }

    [Fact]
    public async Task A_late_older_task_event_is_ignored_and_a_redelivery_changes_nothing()
    {
        using var host = new ReportingHost();
        await FeedAsync(host);
        var closed = new TaskClosed(Meta(5), A3Overdue with { State = "closed", ClosedOn = new DateOnly(2026, 6, 14) }, null);
        await host.FeedAsync(closed);
        await host.Harness.Bus.Publish(closed); // redelivered: the inbox already holds it
        await host.FeedAsync(new TaskReturned(Meta(4), A3Overdue, Guid.NewGuid(), 1, "材料不全")); // older than the closing

        var task = await host.Db(db => db.Tasks.SingleAsync(t => t.TaskId == A3));
        Assert.Equal(("closed", 5L), (task.State, task.Version));
        var dashboard = (await host.As("inspection_office|j:/p/fz/").GetFromJsonAsync<DashboardDto>("/api/reports/dashboard"))!;
        Assert.Equal((4, 1), (dashboard.Totals.Closed, dashboard.Totals.Overdue));
    }

    private static IEnumerable<(string, int)> Counts(FiguresDto f) =>
    [
        ("total", f.Total), ("closed", f.Closed), ("sustained", f.Sustained), ("in_progress", f.InProgress), ("not_started", f.NotStarted),
        ("overdue", f.Overdue), ("red", f.Red), ("yellow", f.Yellow), ("green", f.Green), ("slipped", f.Slipped), ("no_recent_progress", f.NoRecentProgress),
    ];
}
