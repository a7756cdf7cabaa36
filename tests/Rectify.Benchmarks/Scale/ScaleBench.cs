using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Rectify.Benchmarks.Latency;
using Rectify.Reporting.Infrastructure;
using static Rectify.Benchmarks.ProbeSupport;

namespace Rectify.Benchmarks.Scale;

/// <summary>
/// Issue 14: the inspection office's jurisdiction dashboard (every unit, sorted by overdue; the day figures counted
/// for today, the steady state) side by side on SQLite and PostgreSQL at 2,000 units / 300,000 tasks (target p95
/// &lt; 100 ms on both), and on PostgreSQL at national scale, 20,000 units / 3,000,000 tasks (p95 &lt; 300 ms).
/// Each database is seeded once (<see cref="ReportingSeed"/>, <see cref="PostgresReportingSeed"/>) and reused
/// while the schema and the rows' version stay the same. Each request is timed on a fresh context, as the service
/// makes one per request. Bounded: at most <c>--requests</c> requests and <c>--seconds</c> a database.
/// <c>./rectify bench --scale [--requests 60] [--seconds 60] [--national-units 20000] [--reseed]</c>
/// (starts a PostgreSQL cluster of its own if none runs, and stops it after).
/// </summary>
public static class ScaleBench
{
    private sealed record Case(string Database, int Units, double TargetMs, Func<ReportingDbContext> Context);

    private sealed record Result(Case Case, string Seeding, string Recount, long Tasks, List<double> Ms);

    public static async Task<int> RunAsync(string[] args)
    {
        var postgres = Option(args, "--postgres") ?? throw new ArgumentException("--postgres <superuser connection string> is required");
        var cache = Option(args, "--cache") ?? Path.GetTempPath();
        var requests = int.Parse(Option(args, "--requests") ?? "60");
        var budget = TimeSpan.FromSeconds(int.Parse(Option(args, "--seconds") ?? "60"));
        var units = int.Parse(Option(args, "--units") ?? "2000");
        var national = int.Parse(Option(args, "--national-units") ?? "20000");
        var reseed = args.Contains("--reseed");
        Directory.CreateDirectory(cache);

        var sqlite = ReportingSeed.PathFor(cache, units);
        var pgSmall = PostgresReportingSeed.DatabaseFor(units);
        var pgNational = PostgresReportingSeed.DatabaseFor(national);
        Case[] cases =
        [
            new("SQLite", units, 100, () => ReportingSeed.Context(sqlite)),
            new("PostgreSQL", units, 100, () => PostgresReportingSeed.Context(PostgresReportingSeed.ConnectionString(postgres, pgSmall))),
            new("PostgreSQL", national, 300, () => PostgresReportingSeed.Context(PostgresReportingSeed.ConnectionString(postgres, pgNational))),
        ];

        var results = new List<Result>();
        foreach (var c in cases)
        {
            Console.WriteLine($"{c.Database}, {c.Units:N0} units: seeding if needed");
            var seeding = c.Database == "SQLite"
                ? Seed(reseed || !File.Exists(sqlite), () => Task.Run(() => ReportingSeed.Create(sqlite, c.Units)))
                : Seed(reseed || !await PostgresReportingSeed.ExistsAsync(postgres, Name(c)), async () =>
                {
                    await PostgresReportingSeed.DropAsync(postgres, Name(c));
                    await PostgresReportingSeed.CreateAsync(postgres, Name(c), c.Units);
                });
            var seeded = await seeding;
            Console.WriteLine($"  seeding: {seeded}");
            results.Add(await MeasureAsync(c, seeded, requests, budget));
        }

        Console.WriteLine();
        Console.WriteLine("Jurisdiction dashboard (inspection office, all units, sorted by overdue; day figures counted for today), ms per request:");
        Console.WriteLine($"  {"database",-11} {"units",7} {"tasks",10} {"requests",8} {"p50",7} {"p95",7} {"p99",7} {"max",7}  {"target",-12} {"seeding",-16} day recount");
        foreach (var r in results)
        {
            var p95 = LatencyProbe.Percentile(r.Ms, 95);
            var verdict = p95 < r.Case.TargetMs ? "met" : "MISSED";
            Console.WriteLine($"  {r.Case.Database,-11} {r.Case.Units,7:N0} {r.Tasks,10:N0} {r.Ms.Count,8} {LatencyProbe.Percentile(r.Ms, 50),7:0.0} {p95,7:0.0} "
                + $"{LatencyProbe.Percentile(r.Ms, 99),7:0.0} {r.Ms.Max(),7:0.0}  p95<{r.Case.TargetMs:0} {verdict,-6} {r.Seeding,-16} {r.Recount}");
        }
        return 0;

        string Name(Case c) => c.Units == units ? pgSmall : pgNational;
    }

    private static async Task<string> Seed(bool needed, Func<Task> seed)
    {
        if (!needed)
            return "cached";
        var watch = Stopwatch.StartNew();
        await seed();
        return $"{watch.Elapsed.TotalSeconds:0.0} s";
    }

    private static async Task<Result> MeasureAsync(Case c, string seeding, int requests, TimeSpan budget)
    {
        string recount;
        long tasks;
        await using (var db = c.Context())
        {
            tasks = await db.Tasks.LongCountAsync();
            var watch = Stopwatch.StartNew();
            recount = await OfficeDashboard.RecountDayFiguresAsync(db) ? $"{watch.Elapsed.TotalSeconds:0.0} s" : "counted";
        }
        Console.WriteLine($"  {tasks:N0} tasks; day figures: {recount}; warming up");
        for (var i = 0; i < 3; i++)
            await DashboardAsync(c);
        var ms = new List<double>();
        var clock = Stopwatch.StartNew();
        var compiled = QueryCompilations.Instance.Count;
        while (ms.Count < requests && (clock.Elapsed < budget || ms.Count < 10))
            ms.Add(await DashboardAsync(c));
        compiled = QueryCompilations.Instance.Count - compiled;
        Console.WriteLine($"  {ms.Count} requests: p95 {LatencyProbe.Percentile(ms, 95):0.0} ms; {compiled / (double)ms.Count:0.0} query compilations a request");
        return new Result(c, seeding, recount, tasks, ms);
    }

    private static async Task<double> DashboardAsync(Case c)
    {
        var watch = Stopwatch.StartNew();
        await using var db = c.Context();
        var rows = await OfficeDashboard.RunAsync(db, TimeProvider.System);
        if (rows != c.Units)
            throw new InvalidOperationException($"the dashboard showed {rows} units of {c.Units}");
        return watch.Elapsed.TotalMilliseconds;
    }
}
