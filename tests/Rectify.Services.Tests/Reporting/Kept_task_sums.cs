using System.Security.Claims;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Rectify.Contracts.Findings;
using Rectify.Contracts.Tasks;
using Rectify.Contracts.Units;
using Rectify.Reporting;
using Rectify.Reporting.Infrastructure;
using Rectify.Reporting.Model;
using Rectify.Reporting.Queries;
using Rectify.ServiceDefaults.Auth;
using Rectify.ServiceDefaults.Time;
using Rectify.Services.Tests.Support;
using static Rectify.Services.Tests.Reporting.FigureWorld;
using static Rectify.Services.Tests.Reporting.ReportingEvents;

namespace Rectify.Services.Tests.Reporting;

/// <summary>
/// The dashboard reads kept per-(unit, inspection) sums instead of counting every task. After each kind of
/// change the kept rows (day-dependent columns included, counted for today since before the first event)
/// must equal a count of the tasks, and the dashboard's figures must equal the full count it replaced, for
/// every filter — both from the kept day columns and, on a day they were not counted for, from the open tasks.
/// </summary>
public sealed class Kept_task_sums : IAsyncLifetime
{
    private readonly ReportingHost _host = new();

    public async Task InitializeAsync()
    {
        await RecountAsync();
        await FeedAsync(_host);
    }

    public Task DisposeAsync()
    {
        _host.Dispose();
        return Task.CompletedTask;
    }

    private static readonly TaskSnapshot A1Reopened = TaskOf(A1, FA2, IA, A, "/p/fz/kj/", "in_progress", D(5, 31));

    [Theory]
    [InlineData("2026-06-15T15:59:30Z", 31)] // 23:59:30 in Shanghai: wake just past midnight
    [InlineData("2026-06-15T15:58:00Z", 60)]
    [InlineData("2026-06-15T02:00:00Z", 60)]
    [InlineData("2026-06-15T16:00:00Z", 60)] // midnight itself: that day's recount is the one just run
    public void The_day_figures_are_recounted_as_the_day_starts_in_Shanghai(string utc, int seconds) =>
        Assert.Equal(TimeSpan.FromSeconds(seconds), DayFiguresService.NextWait(DateTimeOffset.Parse(utc, System.Globalization.CultureInfo.InvariantCulture)));

    [Fact]
    public async Task Follow_every_change_and_agree_with_counting_the_tasks()
    {
        await AssertAgreeAsync();

        await _host.FeedAsync(
            new TaskReopened(Meta(3), A1Reopened, "证据不足"),
            new OutcomeFigureRemoved(Meta(4), A1Reopened, Guid.NewGuid(), "录入错误", new OutcomeTotals(1, 0, 3, 0, 200m, 0, 0)),
            new TaskDeadlineChanged(Meta(2), A3Overdue with { Deadline = D(7, 31) }, D(6, 10), "延期", null, null),
            new TaskClosed(Meta(3), TaskOf(B1, FB2, IB, B, "/p/fz/sj/", "closed", D(6, 1)), null),
            // An old version arriving late changes nothing.
            Planned(TaskOf(B2, FB2, IB, B, "/p/fz/sj/", "planned", D(5, 31))));
        var a = await KeptAsync(A, IA);
        Assert.Equal((5, 1, 1, 1), (a.Total, a.Closed, a.RulesMade, a.Slipped));
        Assert.Equal(61, a.SlipDays); // A3 moved from 05-31 to 07-31
        Assert.Equal(20000, a.MoneyReturnedFen);
        Assert.Equal((2, 2), ((await KeptAsync(B, IB)).Total, (await KeptAsync(B, IB)).Closed));
        await AssertAgreeAsync();

        // Tags change: 县审计局's problem gets two categories and 理论学习不够深入 loses its one; their tasks move rows.
        await _host.FeedAsync(
            new FindingCategorised(Meta(8), FB2, IB, B, ["党的建设", "作风建设"]),
            new FindingCategorised(Meta(8), FA2, IA, A, []));
        Assert.Equal((2, 2, 0), await _host.Db(async db => (
            (await db.TaskSums.AsNoTracking().SingleAsync(s => s.UnitId == B && s.Category == "作风建设")).Total,
            (await db.TaskSums.AsNoTracking().SingleAsync(s => s.UnitId == A && s.Category == TaskSums.Uncategorised)).Total,
            await db.TaskSums.AsNoTracking().Where(s => s.UnitId == A && s.Category == "党的建设").SumAsync(s => s.Total))));
        await AssertAgreeAsync();

        // Withdrawing 财务管理不规范 takes A3, A4 and A5 out of every figure; a task planned under it later never counts.
        await _host.FeedAsync(new FindingWithdrawn(Meta(9), FA3, IA, A, FA1));
        await _host.FeedAsync(Planned(TaskOf(Guid.NewGuid(), FA3, IA, A, "/p/fz/kj/", "planned", D(6, 16))));
        Assert.Equal((2, 1, 0), ((await KeptAsync(A, IA)).Total, (await KeptAsync(A, IA)).Closed, (await KeptAsync(A, IA)).Slipped));
        await AssertAgreeAsync();

        // The unit moves: its sums follow it to the new jurisdiction.
        await _host.FeedAsync(new UnitUpdated(Meta(2), B, "县审计局党组", "县审计局党组", "党组", Guid.NewGuid(), "/p/xm/sj/", new ContactLine(null, null, null)));
        Assert.Equal("/p/xm/sj/", (await KeptAsync(B, IB)).JurisdictionPath);
        await AssertAgreeAsync(new TaskFilter("/p/xm/"));

        // The SQL recount (used where rows bypass the change tracker) comes to the same day-free sums.
        var kept = await DayFreeAsync();
        await _host.Db(db => db.Database.ExecuteSqlRawAsync(TaskSumsRecount.Sql()));
        Assert.Equal(kept, await DayFreeAsync());
    }

    private Task<string> DayFreeAsync() => _host.Db(async db => Json((await db.TaskSums.AsNoTracking().ToListAsync())
        .Where(s => s.Total > 0).Select(s => { (s.Overdue, s.Yellow, s.NoRecentProgress) = (0, 0, 0); return s; })));

    [Fact]
    public async Task On_a_new_day_the_open_tasks_are_counted_until_the_day_columns_are_recounted()
    {
        var before = await DashboardAsync();
        var beforeCategories = await CategoriesAsync();
        _host.Clock.Advance(TimeSpan.FromDays(16)); // 1 July: A4 (due 20 June) is now overdue
        Assert.NotEqual(_host.Clock.Today(), (await _host.Db(db => db.FigureBasis.AsNoTracking().SingleAsync())).Today);
        var uncounted = await DashboardAsync();
        var uncountedCategories = await CategoriesAsync();
        Assert.Equal((before[A].Overdue + 1, before[A].Total), (uncounted[A].Overdue, uncounted[A].Total));
        Assert.Equal(beforeCategories["财务管理"].Overdue + 1, uncountedCategories["财务管理"].Overdue); // A4 is a 财务管理 task
        await AssertFiguresAgreeAsync();

        // A request that finds them counted for another day wakes the recount at once (not at the next minute).
        (await _host.As("inspection_office|j:/p/").GetAsync("/api/reports/dashboard")).EnsureSuccessStatusCode();
        await Eventually.HoldsAsync(() => _host.Db(db => db.FigureBasis.AsNoTracking().SingleAsync()), b => b.Today == _host.Clock.Today(),
            TimeSpan.FromSeconds(20));
        Assert.False(await RecountAsync()); // counted once per day
        Assert.Equal(Json(uncounted), Json(await DashboardAsync()));
        Assert.Equal(JsonSerializer.Serialize(uncountedCategories.OrderBy(c => c.Key, StringComparer.Ordinal)),
            JsonSerializer.Serialize((await CategoriesAsync()).OrderBy(c => c.Key, StringComparer.Ordinal))); // counted, then from the kept rows
        await AssertAgreeAsync();
    }

    private async Task<bool> RecountAsync()
    {
        using var scope = _host.Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<DayFigures>().RecountIfStaleAsync(default);
    }

    private Task<Dictionary<Guid, FigureSums>> DashboardAsync() => _host.Db(db =>
    {
        var figures = Figures(db);
        return figures.ByUnitAsync(new TaskFilter(), figures.Day(), default);
    });

    private Task<Dictionary<string, FigureSums>> CategoriesAsync() => _host.Db(db =>
    {
        var figures = Figures(db);
        return figures.ByCategoryAsync(new TaskFilter(), figures.Day(), default);
    });

    private Task<TaskSums> KeptAsync(Guid unit, Guid inspection) =>
        _host.Db(db => db.TaskSums.AsNoTracking().SingleAsync(s => s.UnitId == unit && s.InspectionId == inspection && s.Category == TaskSums.All));

    private async Task AssertAgreeAsync(params TaskFilter[] more)
    {
        await _host.Db(async db =>
        {
            var day = (await db.FigureBasis.AsNoTracking().SingleAsync()).Day;
            Assert.NotNull(day);
            var kept = await db.TaskSums.AsNoTracking().ToListAsync();
            var tags = (await db.FindingTags.AsNoTracking().ToListAsync()).ToLookup(t => t.FindingId, t => t.Tag);
            // Every task under '*' and under each category of its finding ('' when it has none).
            var counted = (await db.Tasks.AsNoTracking().ToListAsync())
                .SelectMany(t => new[] { TaskSums.All }.Concat(tags[t.FindingId].DefaultIfEmpty(TaskSums.Uncategorised)).Select(c => (Task: t, Category: c)))
                .GroupBy(x => (x.Task.UnitId, x.Task.InspectionId, x.Category)).Select(g =>
                {
                    var sum = new TaskSums
                    {
                        UnitId = g.Key.UnitId, InspectionId = g.Key.InspectionId, Category = g.Key.Category, JurisdictionPath = g.First().Task.JurisdictionPath,
                    };
                    foreach (var x in g)
                        sum.Add(TaskSums.Of(x.Task, day), +1);
                    return sum;
                });
            Assert.Equal(Json(counted.Where(s => !s.IsZero)), Json(kept.Where(s => !s.IsZero)));
            return 0;
        });
        await AssertFiguresAgreeAsync(more);
    }

    private async Task AssertFiguresAgreeAsync(params TaskFilter[] more)
    {
        await _host.Db(async db =>
        {
            var figures = Figures(db);
            var day = figures.Day();
            TaskFilter[] filters =
            [
                new(), new(Fuzhou), new(Round: "R1"), new(Team: "T2"), new(UnitId: B), new(InspectionId: IA),
                new(Category: "财务管理"), new(Fuzhou, Category: "党的建设"), new(Category: "作风建设"), .. more,
            ];
            foreach (var f in filters)
            {
                var fromSums = await figures.ByUnitAsync(f, day, default);
                var fromTasks = await FigureQueries.SumByAsync(figures.Tasks(f), t => t.UnitId, day, default);
                Assert.True(Json(fromTasks) == Json(fromSums.Where(r => r.Value.Total > 0)), $"{f}: {Json(fromSums)} ≠ {Json(fromTasks)}");
            }
            return 0;
        });
    }

    private FigureQueries Figures(ReportingDbContext db)
    {
        var office = new ClaimsPrincipal(new ClaimsIdentity([new Claim(RectifyClaims.Grant, "inspection_office|j:/p/")], "test"));
        var scope = new UnitScope(new HttpContextAccessor { HttpContext = new DefaultHttpContext { User = office } });
        return new FigureQueries(db, scope, _host.Clock, _host.Services.GetRequiredService<IOptions<ReportingOptions>>(),
            _host.Services.GetRequiredService<ReplicatedCalendar<ReportingDbContext>>());
    }

    private static string Json(IEnumerable<TaskSums> rows) =>
        JsonSerializer.Serialize(rows.OrderBy(r => r.UnitId).ThenBy(r => r.InspectionId).ThenBy(r => r.Category, StringComparer.Ordinal).ToList());

    private static string Json(IEnumerable<KeyValuePair<Guid, FigureSums>> rows) =>
        JsonSerializer.Serialize(rows.OrderBy(r => r.Key).Select(r => new { r.Key, r.Value }).ToList());
}
