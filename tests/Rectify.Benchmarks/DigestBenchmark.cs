using BenchmarkDotNet.Attributes;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Rectify.Notifications.Calendar;
using Rectify.Notifications.Infrastructure;
using Rectify.Notifications.Model;
using Rectify.Notifications.Scheduling;
using Rectify.Notifications.Sending;
using Rectify.ServiceDefaults.Auth;

namespace Rectify.Benchmarks;

/// <summary>
/// The weekly digest's cost: re-planning a week already planned for 1,000 units (what every instance does every
/// <c>Notifications:Digest:PlanEvery</c>, 10 min), and writing one digest for a unit with 300 open items.
/// 10,000 open deadlines in all, two coordinators per unit. In process, like the sweep benchmark.
/// </summary>
[InProcess, WarmupCount(1), IterationCount(5)]
public class DigestBenchmark
{
    private const int Units = 1_000;
    private string _file = "";
    private DbContextOptions<NotificationsSqliteDbContext> _options = null!;
    private readonly FixedClock _clock = new(new DateTimeOffset(2024, 9, 18, 0, 30, 0, TimeSpan.Zero)); // Wed 18 Sep 2024, 08:30 in Shanghai
    private CalendarStore _calendars = null!;
    private Schedule _bigUnitDigest = null!;
    private Guid _bigUnit;

    [GlobalSetup]
    public async Task Setup()
    {
        _file = Path.Combine(Path.GetTempPath(), $"rectify-bench-digest-{Guid.NewGuid():N}.db");
        _options = new DbContextOptionsBuilder<NotificationsSqliteDbContext>().UseSqlite($"Data Source={_file}")
            .ConfigureWarnings(w => w.Ignore(SqliteEventId.SchemaConfiguredWarning)).Options;
        _calendars = new CalendarStore(_clock);
        await using (var db = new NotificationsSqliteDbContext(_options))
        {
            await db.Database.MigrateAsync();
            var units = Enumerable.Range(0, Units).Select(_ => Guid.NewGuid()).ToList();
            _bigUnit = units[0];
            var random = new Random(6);
            for (var u = 0; u < Units; u++)
            {
                var items = u == 0 ? 300 : 10;
                for (var i = 0; i < items; i++)
                    db.Deadlines.Add(new TrackedDeadline
                    {
                        SubjectKind = SubjectKinds.Task, SubjectId = Guid.NewGuid(), UnitId = units[u], Title = $"整改任务{i}",
                        Deadline = new DateOnly(2024, 9, 18).AddDays(random.Next(-30, 90)), DeadlineVersion = 1, Version = 1,
                    });
                for (var c = 0; c < 2; c++)
                {
                    var account = Guid.NewGuid();
                    db.Grants.Add(new RoleGrantReplica
                    {
                        Key = RoleGrantReplica.KeyOf(account, RectifyRoles.UnitCoordinator, units[u], null), AccountId = account,
                        PersonId = Guid.NewGuid(), Role = RectifyRoles.UnitCoordinator, UnitId = units[u],
                    });
                }
            }
            await db.SaveChangesAsync();
        }
        if (await PlanAsync() != 2 * Units)
            throw new InvalidOperationException("The first plan should add one row per coordinator.");
        await using (var db = new NotificationsSqliteDbContext(_options))
            _bigUnitDigest = await db.Schedules.AsNoTracking().Where(s => s.SubjectKind == WeeklyDigest.SubjectKind && s.SubjectId == _bigUnit)
                .FirstAsync();
    }

    [Benchmark(Description = "re-plan this week's digests (1,000 units, already planned)")]
    public Task<int> Replan() => PlanAsync();

    [Benchmark(Description = "write one digest (300 open items)")]
    public async Task<int> Compose()
    {
        await using var db = new NotificationsSqliteDbContext(_options);
        var message = await new DigestComposer(db, _calendars, new RecipientDirectory(db), new NextYearCalendarCheck(_clock), _clock)
            .ComposeAsync(_bigUnitDigest, "县科技局党组", "王联络", firstVisit: true, CancellationToken.None);
        return message!.Text.Length;
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        SqliteConnection.ClearAllPools();
        File.Delete(_file);
    }

    private async Task<int> PlanAsync()
    {
        await using var db = new NotificationsSqliteDbContext(_options);
        var planner = new DigestPlanner(db, _calendars, new RuleBook(db, Options.Create(new ReminderRules())), _clock,
            NullLogger<DigestPlanner>.Instance);
        return await planner.PlanAsync(CancellationToken.None);
    }

    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}
