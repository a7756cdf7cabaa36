using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Rectify.Benchmarks.Scale;
using Rectify.Reporting.Infrastructure;
using Rectify.Reporting.Model;
using Rectify.ServiceDefaults.Replicas;

namespace Rectify.Benchmarks;

/// <summary>
/// Fills a SQLite reporting database with <see cref="ReportingSeedData"/>: the schema from its migrations, the rows
/// by plain inserts in one transaction. Written to a side file and moved into place when complete, so an
/// interrupted seed is never taken for a cached one.
/// </summary>
public static class ReportingSeed
{
    /// <summary>The file for <paramref name="units"/> units in <paramref name="folder"/>: named by the last migration and the rows' version.</summary>
    public static string PathFor(string folder, int units)
    {
        using var db = Context(Path.Combine(folder, "unused.db"));
        var migration = db.Database.GetMigrations().Last().Split('_')[0];
        return Path.Combine(folder, $"rectify-reporting-{units}-{migration}-v{ReportingSeedData.Version}.db");
    }

    public static void Create(string path, int units)
    {
        var loading = path + ".loading";
        File.Delete(loading);
        using (var db = Context(loading))
            db.Database.Migrate();
        using (var connection = new SqliteConnection($"Data Source={loading};Pooling=False"))
        {
            connection.Open();
            using var tx = connection.BeginTransaction();
            ReportingSeedData.Generate(units, new Writer(connection, tx));
            tx.Commit();
        }
        File.Move(loading, path, overwrite: true);
    }

    public static ReportingSqliteDbContext Context(string path) =>
        new(new DbContextOptionsBuilder<ReportingSqliteDbContext>().UseSqlite($"Data Source={path}").AddInterceptors(QueryCompilations.Instance).Options);

    private sealed class Writer(SqliteConnection connection, SqliteTransaction tx) : IReportingSeedWriter
    {
        private readonly SqliteCommand _unit = Command(connection, tx, "INSERT INTO unit_replicas (UnitId, Name, ShortName, Kind, JurisdictionId, JurisdictionPath, Version, UpdatedAt) VALUES ($1,$2,$3,$4,$5,$6,$7,0)");
        private readonly SqliteCommand _inspection = Command(connection, tx, "INSERT INTO inspections (InspectionId, UnitId, Kind, Issuer, Team, Round, Type, ClueCount, Withdrawn, RegistrationVersion, FeedbackVersion, ClueVersion, OnSiteStart, OnSiteEnd, FeedbackOn) VALUES ($1,$2,$3,$4,$5,$6,$7,$8,0,$9,$10,$11,$12,$13,$14)");
        private readonly SqliteCommand _finding = Command(connection, tx, "INSERT INTO findings (FindingId, InspectionId, UnitId, ParentId, Level, Ordinal, Title, ImmediateFix, Position, Withdrawn, Version, TagsVersion) VALUES ($1,$2,$3,$4,$5,$6,$7,0,$8,0,$9,$10)");
        private readonly SqliteCommand _tag = Command(connection, tx, "INSERT INTO finding_tags (FindingId, Tag) VALUES ($1,$2)");
        private readonly SqliteCommand _task = Command(connection, tx, "INSERT INTO tasks (TaskId, FindingId, InspectionId, UnitId, JurisdictionPath, Kind, State, IsClosed, Measures, OriginalDeadline, Deadline, SlipDays, LastActivityOn, RulesMade, RulesRevised, TalkPeople, TalkBatches, MoneyReturnedFen, MoneyRecoveredFen, PeopleHeldAccountable, Withdrawn, Version, OutcomesVersion, ClosedOn, OpenDeadline, OpenLastActivityOn) VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9,$10,$11,$12,$13,$14,$15,$16,$17,$18,$19,$20,0,$21,$22,$23,$24,$25)");
        private readonly SqliteCommand _note = Command(connection, tx, "INSERT INTO progress_notes (EntryId, TaskId, ReportedOn, Narrative, Position) VALUES ($1,$2,$3,$4,$5)");
        private readonly SqliteCommand _sums = Command(connection, tx, "INSERT INTO task_sums (UnitId, InspectionId, Category, JurisdictionPath, Total, Closed, Sustained, InProgress, NotStarted, Slipped, SlipDays, RulesMade, RulesRevised, TalkPeople, TalkBatches, MoneyReturnedFen, MoneyRecoveredFen, PeopleHeldAccountable, Overdue, Yellow, NoRecentProgress) VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9,$10,$11,$12,$13,$14,$15,$16,$17,$18,$19,$20,$21)");

        public void AddUnit(UnitReplica u) => Run(_unit, u.UnitId, u.Name, u.ShortName, u.Kind, u.JurisdictionId, u.JurisdictionPath, u.Version);

        public void AddInspection(ReportedInspection i) => Run(_inspection, i.InspectionId, i.UnitId, i.Kind, i.Issuer, i.Team, i.Round, i.Type, i.ClueCount,
            i.RegistrationVersion, i.FeedbackVersion, i.ClueVersion, i.OnSiteStart, i.OnSiteEnd, i.FeedbackOn);

        public void AddFinding(ReportedFinding f)
        {
            Run(_finding, f.FindingId, f.InspectionId, f.UnitId, f.ParentId, f.Level, f.Ordinal, f.Title, f.Position, f.Version, f.TagsVersion);
            foreach (var tag in f.Tags)
                Run(_tag, tag.FindingId, tag.Tag);
        }

        public void AddTask(ReportedTask t) => Run(_task, t.TaskId, t.FindingId, t.InspectionId, t.UnitId, t.JurisdictionPath, t.Kind, t.State, t.IsClosed, t.Measures,
            t.OriginalDeadline, t.Deadline, t.SlipDays, t.LastActivityOn, t.RulesMade, t.RulesRevised, t.TalkPeople, t.TalkBatches, t.MoneyReturnedFen,
            t.MoneyRecoveredFen, t.PeopleHeldAccountable, t.Version, t.OutcomesVersion, t.ClosedOn, t.OpenDeadline, t.OpenLastActivityOn);

        public void AddNote(ProgressNote n) => Run(_note, n.EntryId, n.TaskId, n.ReportedOn, n.Narrative, n.Position);

        public void AddSums(TaskSums s) => Run(_sums, s.UnitId, s.InspectionId, s.Category, s.JurisdictionPath, s.Total, s.Closed, s.Sustained, s.InProgress,
            s.NotStarted, s.Slipped, s.SlipDays, s.RulesMade, s.RulesRevised, s.TalkPeople, s.TalkBatches, s.MoneyReturnedFen, s.MoneyRecoveredFen,
            s.PeopleHeldAccountable, s.Overdue, s.Yellow, s.NoRecentProgress);

        private static SqliteCommand Command(SqliteConnection connection, SqliteTransaction tx, string sql)
        {
            var command = connection.CreateCommand();
            command.Transaction = tx;
            command.CommandText = sql;
            return command;
        }

        /// <summary>Values as EF Core's SQLite provider stores them: upper-case GUID text, ISO dates, 0/1.</summary>
        private static void Run(SqliteCommand command, params object?[] values)
        {
            command.Parameters.Clear();
            for (var i = 0; i < values.Length; i++)
                command.Parameters.AddWithValue($"${i + 1}", values[i] switch
                {
                    null => DBNull.Value,
                    Guid g => g.ToString().ToUpperInvariant(),
                    DateOnly d => d.ToString("yyyy-MM-dd"),
                    bool b => b ? 1 : 0,
                    var v => v,
                });
            command.ExecuteNonQuery();
        }
    }
}
