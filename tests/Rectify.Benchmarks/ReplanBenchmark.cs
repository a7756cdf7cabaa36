using BenchmarkDotNet.Attributes;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Options;
using Rectify.Notifications.Calendar;
using Rectify.Notifications.Infrastructure;
using Rectify.Notifications.Model;
using Rectify.Notifications.Scheduling;

namespace Rectify.Benchmarks;

/// <summary>
/// The cost of re-planning after a calendar edit: one page (200 open deadlines, each with its ~27 planned rows) of a
/// request over 10,000 open task deadlines, when the edit moves nothing and when it moves a day in every plan.
/// Multiply by pages for a whole deployment. In process, SQLite, like the other notification benchmarks.
/// </summary>
[InProcess, WarmupCount(1), IterationCount(8), InvocationCount(1)]
public class ReplanBenchmark
{
    private const int Deadlines = 10_000;
    private static readonly DateOnly MovedDay = new(2024, 10, 28);
    private string _file = "";
    private DbContextOptions<NotificationsSqliteDbContext> _options = null!;
    private readonly FixedClock _clock = new(new DateTimeOffset(2024, 9, 2, 2, 0, 0, TimeSpan.Zero)); // Mon 2 Sep 2024, 10:00 in Shanghai
    private CalendarStore _calendars = null!;
    private bool _holiday;

    [GlobalSetup]
    public async Task Setup()
    {
        _file = Path.Combine(Path.GetTempPath(), $"rectify-bench-replan-{Guid.NewGuid():N}.db");
        _options = new DbContextOptionsBuilder<NotificationsSqliteDbContext>().UseSqlite($"Data Source={_file}")
            .ConfigureWarnings(w => w.Ignore(SqliteEventId.SchemaConfiguredWarning)).Options;
        _calendars = new CalendarStore(_clock);
        await using (var db = new NotificationsSqliteDbContext(_options))
        {
            await db.Database.MigrateAsync();
            var units = Enumerable.Range(0, 100).Select(_ => Guid.NewGuid()).ToList();
            foreach (var unit in units)
                db.Units.Add(new Rectify.ServiceDefaults.Replicas.UnitReplica { UnitId = unit, Name = "县局党组", ShortName = "县局", Kind = "党组", JurisdictionPath = "/a/" });
            for (var i = 0; i < Deadlines; i++)
                db.Deadlines.Add(new TrackedDeadline
                {
                    SubjectKind = SubjectKinds.Task, SubjectId = Guid.NewGuid(), UnitId = units[i % units.Count], Title = $"整改任务{i}",
                    Deadline = new DateOnly(2024, 10, 31), DeadlineVersion = 1, Version = 1, ResponsibleIds = Guid.NewGuid().ToString(),
                });
            await db.SaveChangesAsync();
        }
        await RequestAsync();
        while (await PageAsync()) // the first plan: every deadline gets its rows
        {
        }
    }

    [IterationSetup(Target = nameof(Unchanged))]
    public void NewRequest() => RequestAsync().GetAwaiter().GetResult();

    [Benchmark(Description = "re-plan 200 deadlines, nothing moves")]
    public Task<bool> Unchanged() => PageAsync();

    [IterationSetup(Target = nameof(Moved))]
    public void ToggleHoliday()
    {
        using (var db = new NotificationsSqliteDbContext(_options))
        {
            _holiday = !_holiday;
            db.CalendarDays.Where(d => d.Date == MovedDay).ExecuteDelete();
            if (_holiday)
                db.CalendarDays.Add(new CalendarDay { Date = MovedDay, IsWorkingDay = false, Name = "地方假日", Source = "edited" });
            db.SaveChanges();
        }
        NewRequest();
    }

    [Benchmark(Description = "re-plan 200 deadlines, a day moves in each")]
    public Task<bool> Moved() => PageAsync();

    [GlobalCleanup]
    public void Cleanup()
    {
        SqliteConnection.ClearAllPools();
        File.Delete(_file);
    }

    private async Task RequestAsync()
    {
        await using var db = new NotificationsSqliteDbContext(_options);
        await Replanner.RequestAsync(db, null, ReplanReasons.Calendar, "bench", _clock.GetUtcNow(), CancellationToken.None);
        await db.SaveChangesAsync();
    }

    private async Task<bool> PageAsync()
    {
        await using var db = new NotificationsSqliteDbContext(_options);
        var scheduler = new Scheduler(db, _calendars, new RuleBook(db, Options.Create(new ReminderRules())), new RecipientDirectory(db), _clock);
        return await new Replanner(db, scheduler, _calendars, _clock).RunPageAsync("bench", CancellationToken.None);
    }

    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}
