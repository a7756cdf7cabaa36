using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Rectify.Reporting.Infrastructure;

namespace Rectify.Benchmarks;

/// <summary>Fills a reporting database through its migrations and plain inserts: quick, and deterministic (seeded random).</summary>
public static class ReportingSeed
{
    public static void Create(string path, int units, int findingsPerUnit, int tasksPerFinding)
    {
        using (var db = new ReportingSqliteDbContext(new DbContextOptionsBuilder<ReportingSqliteDbContext>().UseSqlite($"Data Source={path}").Options))
            db.Database.Migrate();
        using var connection = new SqliteConnection($"Data Source={path}");
        connection.Open();
        using var tx = connection.BeginTransaction();
        var random = new Random(7);
        var today = DateOnly.FromDateTime(DateTime.Today);
        string[] states = ["planned", "in_progress", "submitted", "closed", "closed", "completed_sustained"];
        var unit = Command(connection, tx, "INSERT INTO unit_replicas (UnitId, Name, ShortName, Kind, JurisdictionId, JurisdictionPath, Version, UpdatedAt) VALUES ($1,$2,$2,'党组',$3,$4,1,0)");
        var inspection = Command(connection, tx, "INSERT INTO inspections (InspectionId, UnitId, Kind, Issuer, Team, Round, Type, ClueCount, Withdrawn, RegistrationVersion, FeedbackVersion, ClueVersion, OnSiteStart, OnSiteEnd, FeedbackOn) VALUES ($1,$2,'xuncha','县委',$3,'第一轮','常规',$4,0,1,1,1,'2026-01-05','2026-02-27','2026-03-20')");
        var finding = Command(connection, tx, "INSERT INTO findings (FindingId, InspectionId, UnitId, ParentId, Level, Ordinal, Title, ImmediateFix, Position, Withdrawn, Version, TagsVersion) VALUES ($1,$2,$3,$4,$5,$6,$7,0,$8,0,1,1)");
        var tag = Command(connection, tx, "INSERT INTO finding_tags (FindingId, Tag) VALUES ($1,$2)");
        var task = Command(connection, tx, "INSERT INTO tasks (TaskId, FindingId, InspectionId, UnitId, JurisdictionPath, Kind, State, IsClosed, Measures, OriginalDeadline, Deadline, SlipDays, LastActivityOn, RulesMade, RulesRevised, TalkPeople, TalkBatches, MoneyReturnedFen, MoneyRecoveredFen, PeopleHeldAccountable, Withdrawn, Version, OutcomesVersion, ClosedOn, OpenDeadline, OpenLastActivityOn) VALUES ($1,$2,$3,$4,$5,'time_limited',$6,$7,'修订制度',$8,$9,$10,$11,$12,0,$13,0,$14,0,0,0,1,1,$15,$16,$17)");
        var note = Command(connection, tx, "INSERT INTO progress_notes (EntryId, TaskId, ReportedOn, Narrative, Position) VALUES ($1,$2,$3,$4,2)");
        string[] tags = ["党的建设", "作风建设", "财务管理", "选人用人", "意识形态"];
        for (var u = 0; u < units; u++)
        {
            var unitId = Guid.NewGuid();
            var unitPath = $"/p/c{u % 20}/u{u}/";
            Run(unit, unitId, $"第{u}局党组", Guid.NewGuid(), unitPath);
            var inspectionId = Guid.NewGuid();
            Run(inspection, inspectionId, unitId, $"县委第{u % 5 + 1}巡察组", random.Next(0, 3));
            Guid? aspect = null;
            for (var f = 0; f < findingsPerUnit; f++)
            {
                var findingId = Guid.NewGuid();
                var isAspect = f % 10 == 0;
                Run(finding, findingId, inspectionId, unitId, isAspect ? null : aspect, isAspect ? 1 : 2, (f % 10 + 1).ToString(), $"问题{f}：制度执行不到位", f + 1);
                if (isAspect) { aspect = findingId; continue; }
                Run(tag, findingId, tags[f % tags.Length]);
                // Every third problem gets one task more: 2,000 units × 45 problems × 3⅓ = 300,000 tasks.
                var taskCount = tasksPerFinding + (f % 3 == 0 ? 1 : 0);
                for (var t = 0; t < taskCount; t++)
                {
                    var taskId = Guid.NewGuid();
                    var state = states[random.Next(states.Length)];
                    var original = today.AddDays(random.Next(-60, 90));
                    var deadline = random.Next(5) == 0 ? original.AddDays(30) : original;
                    var closed = state is "closed" or "completed_sustained";
                    var lastActivity = today.AddDays(-random.Next(0, 60));
                    Run(task, taskId, findingId, inspectionId, unitId, unitPath, state, closed ? 1 : 0, Iso(original), Iso(deadline),
                        deadline.DayNumber - original.DayNumber, Iso(lastActivity), random.Next(0, 2), random.Next(0, 3), random.Next(0, 100000), closed ? Iso(lastActivity) : null,
                        closed ? null : Iso(deadline), closed ? null : Iso(lastActivity));
                    if (t == 0)
                        Run(note, Guid.NewGuid(), taskId, Iso(today.AddDays(-3)), "一是召开专题会议研究整改；二是修订完善相关制度");
                }
            }
        }
        // The rows went in around the change tracker, so the kept sums are counted once at the end.
        Command(connection, tx, TaskSumsRecount.Sql()).ExecuteNonQuery();
        tx.Commit();
    }

    private static string Iso(DateOnly d) => d.ToString("yyyy-MM-dd");

    private static SqliteCommand Command(SqliteConnection connection, SqliteTransaction tx, string sql)
    {
        var command = connection.CreateCommand();
        command.Transaction = tx;
        command.CommandText = sql;
        return command;
    }

    private static void Run(SqliteCommand command, params object?[] values)
    {
        command.Parameters.Clear();
        for (var i = 0; i < values.Length; i++)
            command.Parameters.AddWithValue($"${i + 1}", values[i] switch { null => DBNull.Value, Guid g => g.ToString().ToUpperInvariant(), var v => v });
        command.ExecuteNonQuery();
    }
}
