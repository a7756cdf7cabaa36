using System.Net.Http.Json;
using Rectify.Contracts.Findings;
using static Rectify.Services.Tests.Reporting.FigureWorld;
using static Rectify.Services.Tests.Reporting.ReportingEvents;

namespace Rectify.Services.Tests.Reporting;

/// <summary>The hand-computed fixture with 县审计局's problem tagged twice: its tasks count under both categories.</summary>
public sealed class Figures_by_category : IDisposable
{
    private readonly ReportingHost _host = new();

    [Fact]
    public async Task A_task_counts_under_each_category_of_its_finding_and_the_filtered_dashboard_agrees()
    {
        await FeedAsync(_host);
        await _host.FeedAsync(new FindingCategorised(Meta(8), FB2, IB, B, ["党的建设", "作风建设"]));
        var office = _host.As("inspection_office|j:/p/fz/");

        var categories = (await office.GetFromJsonAsync<CategoriesDto>("/api/reports/categories"))!;

        // 党的建设: a1 and a2 (县科技局) and b1, b2; 作风建设: b1, b2; 厦门's c1 is outside the office's subtree.
        Assert.Equal([("作风建设", 2, 1), ("党的建设", 4, 1), ("财务管理", 3, 1)],
            categories.Rows.Select(r => (r.Category, r.Figures.Total, r.Figures.Overdue)));
        Assert.Equal(0, categories.Uncategorised.Total);
        var filtered = (await office.GetFromJsonAsync<DashboardDto>($"/api/reports/dashboard?category={Uri.EscapeDataString("党的建设")}"))!;
        Assert.Equal(categories.Rows.Single(r => r.Category == "党的建设").Figures, filtered.Totals);
    }

    public void Dispose() => _host.Dispose();
}
