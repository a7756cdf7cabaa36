using Microsoft.EntityFrameworkCore;
using Npgsql;
using NpgsqlTypes;
using Rectify.Reporting;
using Rectify.Reporting.Infrastructure;
using Rectify.Reporting.Model;
using Rectify.ServiceDefaults.Replicas;

namespace Rectify.Benchmarks.Scale;

/// <summary>
/// A PostgreSQL reporting database filled with <see cref="ReportingSeedData"/>: the schema made by the reporting
/// service's Postgres migrations, the rows streamed in by binary COPY. The loaded tables' keys and indexes are
/// dropped for the load and made again from their own definitions after it (a sort instead of millions of
/// inserts into each index), so the database ends exactly as the migrations made it. The database is named by
/// the unit count, the last migration and the rows' version, and gets that name only once complete: a later run
/// reuses it, a changed schema or seed makes a new one.
/// </summary>
public static class PostgresReportingSeed
{
    private static readonly string[] Loaded = ["unit_replicas", "inspections", "findings", "finding_tags", "tasks", "progress_notes", "task_sums"];

    public static string DatabaseFor(int units)
    {
        using var db = Context("Host=unused");
        var migration = db.Database.GetMigrations().Last().Split('_')[0];
        return $"rectify_bench_reporting_{units}_{migration}_v{ReportingSeedData.Version}";
    }

    public static string ConnectionString(string superuser, string database) =>
        new NpgsqlConnectionStringBuilder(superuser) { Database = database }.ConnectionString;

    /// <summary>As the service registers it (DatabaseExtensions): its history table, retrying on failure.</summary>
    public static ReportingPostgresDbContext Context(string connectionString) =>
        new(new DbContextOptionsBuilder<ReportingPostgresDbContext>()
            .UseNpgsql(connectionString, pg => pg.MigrationsHistoryTable("__EFMigrationsHistory", ReportingModule.Name).EnableRetryOnFailure())
            .AddInterceptors(QueryCompilations.Instance).Options);

    public static async Task<bool> ExistsAsync(string superuser, string database)
    {
        await using var admin = await OpenAsync(ConnectionString(superuser, "postgres"));
        return await Scalar<bool>(admin, $"SELECT EXISTS (SELECT FROM pg_database WHERE datname = '{database}')");
    }

    public static async Task DropAsync(string superuser, string database)
    {
        NpgsqlConnection.ClearAllPools();
        await using var admin = await OpenAsync(ConnectionString(superuser, "postgres"));
        await Execute(admin, $"DROP DATABASE IF EXISTS \"{database}\" WITH (FORCE)");
    }

    public static async Task CreateAsync(string superuser, string database, int units)
    {
        var loading = database + "_loading";
        await DropAsync(superuser, loading);
        await using (var admin = await OpenAsync(ConnectionString(superuser, "postgres")))
            await Execute(admin, $"CREATE DATABASE \"{loading}\"");
        var target = ConnectionString(superuser, loading);
        await using (var db = Context(target))
            await db.Database.MigrateAsync();

        await using (var connection = await OpenAsync(target))
        {
            var rebuild = await DropKeysAndIndexesAsync(connection);
            await using (var writer = await Writer.StartAsync(target))
            {
                ReportingSeedData.Generate(units, writer);
                await writer.CompleteAsync();
            }
            await Execute(connection, "SET maintenance_work_mem = '256MB'");
            foreach (var statement in rebuild)
                await Execute(connection, statement);
            // Fresh statistics, and a visibility map so that index-only scans need not visit the table.
            await Execute(connection, "VACUUM (ANALYZE)");
        }
        NpgsqlConnection.ClearAllPools();
        await using (var admin = await OpenAsync(ConnectionString(superuser, "postgres")))
            await Execute(admin, $"ALTER DATABASE \"{loading}\" RENAME TO \"{database}\"");
    }

    /// <summary>Drops the loaded tables' foreign keys, primary keys and indexes; returns what makes them again, in order.</summary>
    private static async Task<List<string>> DropKeysAndIndexesAsync(NpgsqlConnection connection)
    {
        var tables = string.Join(", ", Loaded.Select(t => $"'{t}'"));
        var constraints = await Rows(connection, $"""
            SELECT c.contype::text, t.relname, c.conname, pg_get_constraintdef(c.oid)
            FROM pg_constraint c JOIN pg_class t ON t.oid = c.conrelid JOIN pg_namespace n ON n.oid = t.relnamespace
            WHERE n.nspname = '{ReportingModule.Name}' AND t.relname IN ({tables}) AND c.contype IN ('p', 'f')
            """);
        var indexes = await Rows(connection, $"""
            SELECT i.indexname, i.indexdef FROM pg_indexes i
            WHERE i.schemaname = '{ReportingModule.Name}' AND i.tablename IN ({tables})
              AND NOT EXISTS (SELECT FROM pg_constraint c WHERE c.conname = i.indexname AND c.connamespace = '{ReportingModule.Name}'::regnamespace)
            """);
        string Table(string name) => $"{ReportingModule.Name}.\"{name}\"";
        foreach (var f in constraints.Where(c => c[0] == "f"))
            await Execute(connection, $"ALTER TABLE {Table(f[1])} DROP CONSTRAINT \"{f[2]}\"");
        foreach (var p in constraints.Where(c => c[0] == "p"))
            await Execute(connection, $"ALTER TABLE {Table(p[1])} DROP CONSTRAINT \"{p[2]}\"");
        foreach (var i in indexes)
            await Execute(connection, $"DROP INDEX {ReportingModule.Name}.\"{i[0]}\"");
        return
        [
            .. constraints.Where(c => c[0] == "p").Select(p => $"ALTER TABLE {Table(p[1])} ADD CONSTRAINT \"{p[2]}\" {p[3]}"),
            .. indexes.Select(i => i[1]),
            .. constraints.Where(c => c[0] == "f").Select(f => $"ALTER TABLE {Table(f[1])} ADD CONSTRAINT \"{f[2]}\" {f[3]}"),
        ];
    }

    /// <summary>One binary COPY per table, each on its own connection, all open at once while the rows are made.</summary>
    private sealed class Writer : IReportingSeedWriter, IAsyncDisposable
    {
        private readonly List<(NpgsqlConnection Connection, NpgsqlBinaryImporter Copy)> _open = [];
        private NpgsqlBinaryImporter _unit = null!, _inspection = null!, _finding = null!, _tag = null!, _task = null!, _note = null!, _sums = null!;

        public static async Task<Writer> StartAsync(string connectionString)
        {
            var w = new Writer();
            w._unit = await w.CopyAsync(connectionString, "unit_replicas", "UnitId, Name, ShortName, Kind, JurisdictionId, JurisdictionPath, Version, UpdatedAt");
            w._inspection = await w.CopyAsync(connectionString, "inspections",
                "InspectionId, UnitId, Kind, Issuer, Team, Round, Type, OnSiteStart, OnSiteEnd, FeedbackOn, StartedOn, ClosedOn, ClueCount, Withdrawn, RegistrationVersion, FeedbackVersion, ClueVersion");
            w._finding = await w.CopyAsync(connectionString, "findings",
                "FindingId, InspectionId, UnitId, ParentId, Level, Ordinal, Title, ImmediateFix, MoneyInvolved, Position, Withdrawn, Version, TagsVersion");
            w._tag = await w.CopyAsync(connectionString, "finding_tags", "FindingId, Tag");
            w._task = await w.CopyAsync(connectionString, "tasks",
                "TaskId, FindingId, InspectionId, UnitId, JurisdictionPath, Kind, State, IsClosed, Measures, ResponsibleDepartment, ResponsibleLeader, ResponsiblePerson, "
                + "OriginalDeadline, Deadline, SlipDays, ClosedOn, LastActivityOn, RulesMade, RulesRevised, TalkPeople, TalkBatches, MoneyReturnedFen, MoneyRecoveredFen, "
                + "PeopleHeldAccountable, Withdrawn, Version, OpenDeadline, OpenLastActivityOn, OutcomesVersion");
            w._note = await w.CopyAsync(connectionString, "progress_notes", "EntryId, TaskId, ReportedOn, Narrative, Position");
            w._sums = await w.CopyAsync(connectionString, "task_sums",
                "UnitId, InspectionId, Category, JurisdictionPath, Total, Closed, Sustained, InProgress, NotStarted, Slipped, SlipDays, RulesMade, RulesRevised, "
                + "TalkPeople, TalkBatches, MoneyReturnedFen, MoneyRecoveredFen, PeopleHeldAccountable, Overdue, Yellow, NoRecentProgress");
            return w;
        }

        private async Task<NpgsqlBinaryImporter> CopyAsync(string connectionString, string table, string columns)
        {
            var connection = await OpenAsync(connectionString);
            var quoted = string.Join(", ", columns.Split(',', StringSplitOptions.TrimEntries).Select(c => $"\"{c}\""));
            var copy = await connection.BeginBinaryImportAsync($"COPY {ReportingModule.Name}.\"{table}\" ({quoted}) FROM STDIN (FORMAT BINARY)");
            _open.Add((connection, copy));
            return copy;
        }

        public void AddUnit(UnitReplica u) => Row(_unit, u.UnitId, u.Name, u.ShortName, u.Kind, u.JurisdictionId, u.JurisdictionPath, u.Version, u.UpdatedAt);

        public void AddInspection(ReportedInspection i) => Row(_inspection, i.InspectionId, i.UnitId, i.Kind, i.Issuer, i.Team, i.Round, i.Type,
            i.OnSiteStart, i.OnSiteEnd, i.FeedbackOn, i.StartedOn, i.ClosedOn, i.ClueCount, i.Withdrawn, i.RegistrationVersion, i.FeedbackVersion, i.ClueVersion);

        public void AddFinding(ReportedFinding f)
        {
            Row(_finding, f.FindingId, f.InspectionId, f.UnitId, f.ParentId, f.Level, f.Ordinal, f.Title, f.ImmediateFix, f.MoneyInvolved, f.Position,
                f.Withdrawn, f.Version, f.TagsVersion);
            foreach (var tag in f.Tags)
                Row(_tag, tag.FindingId, tag.Tag);
        }

        public void AddTask(ReportedTask t) => Row(_task, t.TaskId, t.FindingId, t.InspectionId, t.UnitId, t.JurisdictionPath, t.Kind, t.State, t.IsClosed,
            t.Measures, t.ResponsibleDepartment, t.ResponsibleLeader, t.ResponsiblePerson, t.OriginalDeadline, t.Deadline, t.SlipDays, t.ClosedOn,
            t.LastActivityOn, t.RulesMade, t.RulesRevised, t.TalkPeople, t.TalkBatches, t.MoneyReturnedFen, t.MoneyRecoveredFen, t.PeopleHeldAccountable,
            t.Withdrawn, t.Version, t.OpenDeadline, t.OpenLastActivityOn, t.OutcomesVersion);

        public void AddNote(ProgressNote n) => Row(_note, n.EntryId, n.TaskId, n.ReportedOn, n.Narrative, n.Position);

        public void AddSums(TaskSums s) => Row(_sums, s.UnitId, s.InspectionId, s.Category, s.JurisdictionPath, s.Total, s.Closed, s.Sustained, s.InProgress,
            s.NotStarted, s.Slipped, s.SlipDays, s.RulesMade, s.RulesRevised, s.TalkPeople, s.TalkBatches, s.MoneyReturnedFen, s.MoneyRecoveredFen,
            s.PeopleHeldAccountable, s.Overdue, s.Yellow, s.NoRecentProgress);

        /// <summary>
        /// Each value with the column type it goes to. A null is written as such; the type then does not
        /// matter, which is why the nullable columns need no type of their own here.
        /// </summary>
        private static void Row(NpgsqlBinaryImporter copy, params object?[] values)
        {
            copy.StartRow();
            foreach (var value in values)
            {
                switch (value)
                {
                    case null: copy.WriteNull(); break;
                    case Guid g: copy.Write(g, NpgsqlDbType.Uuid); break;
                    case string s: copy.Write(s, NpgsqlDbType.Text); break;
                    case int i: copy.Write(i, NpgsqlDbType.Integer); break;
                    case long l: copy.Write(l, NpgsqlDbType.Bigint); break;
                    case bool b: copy.Write(b, NpgsqlDbType.Boolean); break;
                    case decimal d: copy.Write(d, NpgsqlDbType.Numeric); break;
                    case DateOnly d: copy.Write(d, NpgsqlDbType.Date); break;
                    case DateTimeOffset t: copy.Write(t, NpgsqlDbType.TimestampTz); break;
                    default: throw new ArgumentException($"no column type for {value.GetType()}");
                }
            }
        }

        public async Task CompleteAsync()
        {
            foreach (var (_, copy) in _open)
                await copy.CompleteAsync();
        }

        public async ValueTask DisposeAsync()
        {
            foreach (var (connection, copy) in _open)
            {
                await copy.DisposeAsync();
                await connection.DisposeAsync();
            }
        }
    }

    private static async Task<NpgsqlConnection> OpenAsync(string connectionString)
    {
        var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        return connection;
    }

    private static async Task Execute(NpgsqlConnection connection, string sql)
    {
        await using var command = new NpgsqlCommand(sql, connection) { CommandTimeout = 0 };
        await command.ExecuteNonQueryAsync();
    }

    private static async Task<T> Scalar<T>(NpgsqlConnection connection, string sql)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        return (T)(await command.ExecuteScalarAsync())!;
    }

    private static async Task<List<string[]>> Rows(NpgsqlConnection connection, string sql)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<string[]>();
        while (await reader.ReadAsync())
            rows.Add([.. Enumerable.Range(0, reader.FieldCount).Select(i => reader.GetString(i))]);
        return rows;
    }
}
