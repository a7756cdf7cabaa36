using BenchmarkDotNet.Attributes;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using Microsoft.Extensions.Options;
using Rectify.Notifications.Infrastructure;
using Rectify.Notifications.Model;
using Rectify.Notifications.Sending;

namespace Rectify.Benchmarks;

/// <summary>
/// The sweeper's query over 1,000,000 stored schedules (issue 6 target: under 50 ms per sweep). Most rows
/// are sent, cancelled or due later; 1,000 are due now. In process: the generated project would lack the ASP.NET Core framework. The (state, due_at) index is what keeps it fast.
/// </summary>
[InProcess, WarmupCount(2), IterationCount(10)]
public class SweepQueryBenchmark
{
    private const int Rows = 1_000_000;
    private string _file = "";
    private DbContextOptions<NotificationsSqliteDbContext> _options = null!;
    private readonly DateTimeOffset _now = new(2024, 10, 10, 1, 0, 0, TimeSpan.Zero);

    [GlobalSetup]
    public void Setup()
    {
        _file = Path.Combine(Path.GetTempPath(), $"rectify-bench-{Guid.NewGuid():N}.db");
        _options = new DbContextOptionsBuilder<NotificationsSqliteDbContext>().UseSqlite($"Data Source={_file}")
            .ConfigureWarnings(w => w.Ignore(SqliteEventId.SchemaConfiguredWarning)).Options;
        using (var db = new NotificationsSqliteDbContext(_options))
            db.Database.Migrate();
        Fill();
    }

    [Benchmark(Description = "find what is due (200 of 1,000,000)")]
    public int FindDue()
    {
        using var db = new NotificationsSqliteDbContext(_options);
        return SweepRunner.Due(db, _now).Take(200).Select(s => s.Id).ToList().Count;
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        SqliteConnection.ClearAllPools();
        File.Delete(_file);
    }

    private void Fill()
    {
        var binary = new DateTimeOffsetToBinaryConverter();
        using var connection = new SqliteConnection($"Data Source={_file}");
        connection.Open();
        using var transaction = connection.BeginTransaction();
        using var insert = connection.CreateCommand();
        insert.Transaction = transaction;
        insert.CommandText = """
            INSERT INTO schedules (SubjectKind, SubjectId, UnitId, Rule, DeadlineVersion, Deadline, RecipientId, Tier, IsEscalation,
                                   WorkingDaysOverdue, RemindOn, DueAt, State, CreatedAt)
            VALUES ('task', $subject, $unit, $rule, 1, '2024-12-31', $recipient, 'responsible', 0, 0, '2024-10-10', $due, $state, $created)
            """;
        var subject = insert.Parameters.Add("$subject", SqliteType.Text);
        var unit = insert.Parameters.Add("$unit", SqliteType.Text);
        var rule = insert.Parameters.Add("$rule", SqliteType.Text);
        var recipient = insert.Parameters.Add("$recipient", SqliteType.Text);
        var due = insert.Parameters.Add("$due", SqliteType.Integer);
        var state = insert.Parameters.Add("$state", SqliteType.Text);
        var created = insert.Parameters.Add("$created", SqliteType.Integer);
        created.Value = binary.ConvertToProvider(_now.AddDays(-30));
        var units = Enumerable.Range(0, 500).Select(_ => Guid.NewGuid().ToString().ToUpperInvariant()).ToArray();
        var random = new Random(6);
        for (var i = 0; i < Rows; i++)
        {
            subject.Value = Guid.NewGuid().ToString().ToUpperInvariant();
            unit.Value = units[i % units.Length];
            rule.Value = $"overdue-{i % 20 + 1}";
            recipient.Value = Guid.NewGuid().ToString().ToUpperInvariant();
            // 0.1 % due now, 40 % pending later, the rest sent or cancelled long ago.
            var kind = i % 1000 == 0 ? 0 : i % 10 < 4 ? 1 : 2;
            state.Value = kind == 2 ? (i % 2 == 0 ? ScheduleStates.Sent : ScheduleStates.Cancelled) : ScheduleStates.Pending;
            due.Value = binary.ConvertToProvider(kind switch
            {
                0 => _now.AddMinutes(-random.Next(1, 600)),
                1 => _now.AddMinutes(random.Next(1, 60 * 24 * 90)),
                _ => _now.AddMinutes(-random.Next(600, 60 * 24 * 90)),
            });
            insert.ExecuteNonQuery();
        }
        transaction.Commit();
        using var analyze = connection.CreateCommand();
        analyze.CommandText = "ANALYZE";
        analyze.ExecuteNonQuery();
    }
}

/// <summary>
/// E-mail delivery rate to the local SMTP server (RECTIFY_SMTP, maildev; issue 6 target: at least 100 per
/// second). One operation is one e-mail; the sweeper sends with the same parallelism (8) and sender, whose
/// pool holds the default 4 SMTP sessions.
/// </summary>
[InProcess, WarmupCount(1), IterationCount(3)]
public class EmailDeliveryBenchmark
{
    private const int Batch = 100;
    private SmtpEmailSender _sender = null!;

    [GlobalSetup]
    public void Setup()
    {
        var smtp = Environment.GetEnvironmentVariable("RECTIFY_SMTP")
            ?? throw new InvalidOperationException("Set RECTIFY_SMTP (e.g. smtp://127.0.0.1:1025) to a running maildev.");
        _sender = new SmtpEmailSender(Options.Create(new SmtpOptions { Url = smtp, From = "bench@rectify.test" }));
    }

    [GlobalCleanup]
    public async Task Cleanup() => await _sender.DisposeAsync();

    [Benchmark(OperationsPerInvoke = Batch, Description = "one reminder e-mail (8 in parallel)")]
    public async Task SendBatch() =>
        await Parallel.ForEachAsync(Enumerable.Range(0, Batch), new ParallelOptions { MaxDegreeOfParallelism = 8 }, async (i, ct) =>
            await _sender.SendAsync($"bench-{i}@rectify.test", "【整改提醒】县科技局党组 整改方案距截止还有5个工作日",
                "王联络：县科技局党组的整改方案（截止日期：2024年10月10日）距截止还有5个工作日。请按时办结。", ct));
}
