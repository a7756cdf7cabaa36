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

    private const int Units = 2000, FindingsPerUnit = 50, TasksPerFinding = 3;
    private static readonly string DbPath = Path.Combine(Path.GetTempPath(), "rectify-reporting-bench-v5.db");
    private Guid _inspection;

    [GlobalSetup]
    public void Setup()
    {
        if (!File.Exists(DbPath))
            ReportingSeed.Create(DbPath, Units, FindingsPerUnit, TasksPerFinding);
        using var db = NewDb();
        _inspection = db.Inspections.AsNoTracking().OrderBy(i => i.InspectionId).Select(i => i.InspectionId).First();
        new DayFigures(db, TimeProvider.System, Options.Create(new ReportingOptions()), new ReplicatedCalendar<ReportingDbContext>())
            .RecountIfStaleAsync(CancellationToken.None).GetAwaiter().GetResult();
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
        var figures = new FigureQueries(db, Office(), TimeProvider.System, Options.Create(new ReportingOptions()), new ReplicatedCalendar<ReportingDbContext>());
        return (await new Reports(db, figures, Office()).CategoriesAsync(new TaskFilter("/p/"), CancellationToken.None)).Rows.Count;
    }

    /// <summary>What the service does once a day (and after a calendar edit): recount the day figures of every task.</summary>
    [Benchmark]
    public async Task<bool> DayFiguresRecount()
    {
        await using var db = NewDb();
        await db.FigureBasis.ExecuteUpdateAsync(s => s.SetProperty(b => b.Today, (DateOnly?)null));
        return await new DayFigures(db, TimeProvider.System, Options.Create(new ReportingOptions()), new ReplicatedCalendar<ReportingDbContext>())
            .RecountIfStaleAsync(CancellationToken.None);
    }

    private static async Task<int> DashboardAsync(TimeProvider time, string? category = null)
    {
        await using var db = NewDb();
        var figures = new FigureQueries(db, Office(), time, Options.Create(new ReportingOptions()), new ReplicatedCalendar<ReportingDbContext>());
        var dashboard = await new Reports(db, figures, Office()).DashboardAsync(new TaskFilter("/p/", Category: category), "overdue", true, CancellationToken.None);
        return dashboard.Rows.Count;
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
        var figures = new FigureQueries(db, Office(), TimeProvider.System, Options.Create(new ReportingOptions()), new ReplicatedCalendar<ReportingDbContext>());
        var data = await InspectionData.LoadAsync(db, _inspection, CancellationToken.None);
        var doc = NoticeComposer.Compose(data, NoticeNarrative.Generated, DateOnly.FromDateTime(DateTime.Today), figures.Day());
        return TextRenderer.Markdown(doc).Length + HtmlRenderer.Render(doc).Length + DocxRenderer.Render(doc).Length;
    }

    private static ReportingSqliteDbContext NewDb() =>
        new(new DbContextOptionsBuilder<ReportingSqliteDbContext>().UseSqlite($"Data Source={DbPath}").Options);

    private static UnitScope Office()
    {
        var user = new ClaimsPrincipal(new ClaimsIdentity([new Claim(RectifyClaims.Grant, "inspection_office|j:/p/")], "bench"));
        return new UnitScope(new HttpContextAccessor { HttpContext = new DefaultHttpContext { User = user } });
    }
}
