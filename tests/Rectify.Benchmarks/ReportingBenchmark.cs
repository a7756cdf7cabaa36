using System.Security.Claims;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using Microsoft.AspNetCore.Http;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Rectify.Reporting;
using Rectify.Reporting.Infrastructure;
using Rectify.Reporting.Notices;
using Rectify.Reporting.Queries;
using Rectify.ServiceDefaults.Auth;
using Rectify.ServiceDefaults.Time;

namespace Rectify.Benchmarks;

/// <summary>
/// Reporting at scale (issue 7): 2,000 units, 100,000 findings, 300,000 tasks (and 90,000 progress notes)
/// in the SQLite read model. Targets: the inspection office's jurisdiction dashboard over all 2,000 units
/// p95 &lt; 100 ms; one notice (50 findings, 150 tasks) generated &lt; 1 s. The seeded database is kept in
/// the temp folder and reused. <c>./rectify bench --filter *Reporting*</c>
/// <c>JurisdictionDashboard</c> is the steady state: the day figures counted for today, as the service
/// does at start and at each new day. <c>JurisdictionDashboardNewDay</c> is the same request before that
/// recount has run (the first minute of a day): overdue, yellow and no recent progress counted from the open tasks.
/// </summary>
[Config(typeof(Percentiles))]
public class ReportingBenchmark
{
    private sealed class Percentiles : ManualConfig
    {
        // In process: the generated boilerplate project would lack ASP.NET Core's shared framework.
        public Percentiles()
        {
            AddJob(Job.Default.WithToolchain(InProcessEmitToolchain.Instance).WithWarmupCount(3).WithIterationCount(30).WithLaunchCount(1));
            AddColumn(StatisticColumn.P95);
        }
    }

    private const int Units = 2000;
    private static readonly string DbPath = ReportingSeed.PathFor(Path.GetTempPath(), Units);
    private Guid _inspection;

    [GlobalSetup]
    public void Setup()
    {
        if (!File.Exists(DbPath))
            ReportingSeed.Create(DbPath, Units);
        using var db = NewDb();
        _inspection = db.Inspections.AsNoTracking().OrderBy(i => i.InspectionId).Select(i => i.InspectionId).First();
        OfficeDashboard.RecountDayFiguresAsync(db).GetAwaiter().GetResult();
    }

    [Benchmark]
    public Task<int> JurisdictionDashboard() => DashboardAsync(TimeProvider.System);

    [Benchmark]
    public Task<int> JurisdictionDashboardNewDay() => DashboardAsync(Tomorrow.Instance);

    /// <summary>Filtered by a category (a fifth of the findings): counted over the tasks, not the kept sums.</summary>
    [Benchmark]
    public Task<int> JurisdictionDashboardByCategory() => DashboardAsync(TimeProvider.System, "财务管理");

    /// <summary>The office's "by category" chart: one figure set per category over the whole jurisdiction.</summary>
    [Benchmark]
    public async Task<int> CategoryChart()
    {
        await using var db = NewDb();
        return (await new Reports(db, OfficeDashboard.Figures(db, TimeProvider.System), OfficeDashboard.Office()).CategoriesAsync(new TaskFilter("/p/"), CancellationToken.None)).Rows.Count;
    }

    /// <summary>What the service does once a day (and after a calendar edit): recount the day figures of every task.</summary>
    [Benchmark]
    public async Task<bool> DayFiguresRecount()
    {
        await using var db = NewDb();
        await db.FigureBasis.ExecuteUpdateAsync(s => s.SetProperty(b => b.Today, (DateOnly?)null));
        return await OfficeDashboard.RecountDayFiguresAsync(db);
    }

    private static async Task<int> DashboardAsync(TimeProvider time, string? category = null)
    {
        await using var db = NewDb();
        return await OfficeDashboard.RunAsync(db, time, category);
    }

    /// <summary>A day the figures were not counted for.</summary>
    private sealed class Tomorrow : TimeProvider
    {
        public static readonly Tomorrow Instance = new();
        public override DateTimeOffset GetUtcNow() => base.GetUtcNow().AddDays(1);
    }

    [Benchmark]
    public async Task<int> NoticeGeneration()
    {
        await using var db = NewDb();
        var figures = OfficeDashboard.Figures(db, TimeProvider.System);
        var data = await InspectionData.LoadAsync(db, _inspection, CancellationToken.None);
        var doc = NoticeComposer.Compose(data, NoticeNarrative.Generated, DateOnly.FromDateTime(DateTime.Today), figures.Day());
        return TextRenderer.Markdown(doc).Length + HtmlRenderer.Render(doc).Length + DocxRenderer.Render(doc).Length;
    }

    private static ReportingSqliteDbContext NewDb() => ReportingSeed.Context(DbPath);
}
