using Rectify.Benchmarks.Latency;

namespace Rectify.Benchmarks.Load;

/// <summary>
/// After the run, from the databases: every accepted write is in the owning service (rows added = writes accepted),
/// in reporting (the same entries, and each task's deadline and state as the tasks service has them), and every event
/// was published and applied once (no outbox row left unsent or dead; each task event in reporting's inbox, once).
/// </summary>
public static class LossCheck
{
    public sealed record Counts(long Progress, long Deadlines, long CloseOuts, long Reviews, long Inspections);

    public static async Task<Counts> CountAsync(ServiceDatabases db) => new(
        await db.CountAsync("tasks", "progress_entries"),
        await db.CountAsync("tasks", "deadline_revisions"),
        await db.CountAsync("tasks", "close_out_requests"),
        await db.CountAsync("tasks", "close_out_reviews"),
        await db.CountAsync("findings", "inspections"));

    /// <summary>Prints each check; the number of failed ones.</summary>
    public static async Task<int> VerifyAsync(ServiceDatabases db, Counts before, LoadMix mix, bool settled)
    {
        var after = await CountAsync(db);
        var failed = 0;
        void Check(string what, long expected, long actual)
        {
            var ok = expected == actual;
            failed += ok ? 0 : 1;
            Console.WriteLine($"  {(ok ? "ok  " : "LOST")} {what}: {expected} expected, {actual} found");
        }

        Console.WriteLine($"nothing lost? ({(settled ? "settled" : "NOT settled within 3 min")})");
        Check("progress reports accepted → rows in tasks", mix.AcceptedProgress, after.Progress - before.Progress);
        Check("deadline changes accepted → revisions in tasks", mix.AcceptedDeadlines, after.Deadlines - before.Deadlines);
        Check("close-out requests accepted → rows in tasks", mix.AcceptedCloseOuts, after.CloseOuts - before.CloseOuts);
        Check("close-out returns accepted → reviews in tasks", mix.AcceptedReturns, after.Reviews - before.Reviews);
        Check("imports committed → inspections in findings", mix.AcceptedImports, after.Inspections - before.Inspections);

        var entries = (await db.QueryAsync("tasks", $"SELECT \"Id\" FROM {db.Table("tasks", "progress_entries")}")).Select(r => Text(r[0])).ToHashSet();
        var notes = (await db.QueryAsync("reporting", $"SELECT \"EntryId\" FROM {db.Table("reporting", "progress_notes")}")).Select(r => Text(r[0])).ToList();
        Check("progress entries of tasks missing from reporting", 0, entries.Except(notes).Count());
        Check("progress notes in reporting more than once", 0, notes.Count - notes.Distinct().Count());
        Check("inspections of findings missing from reporting", 0,
            (await db.QueryAsync("findings", $"SELECT \"Id\" FROM {db.Table("findings", "inspections")}")).Select(r => Text(r[0]))
                .Except((await db.QueryAsync("reporting", $"SELECT \"InspectionId\" FROM {db.Table("reporting", "inspections")}")).Select(r => Text(r[0]))).Count());

        var owned = (await db.QueryAsync("tasks", $"SELECT \"Id\", \"Deadline\", \"State\" FROM {db.Table("tasks", "tasks")}"))
            .ToDictionary(r => Text(r[0]), r => (Deadline: Text(r[1]), State: Text(r[2])));
        var reported = (await db.QueryAsync("reporting", $"SELECT \"TaskId\", \"Deadline\", \"State\" FROM {db.Table("reporting", "tasks")}"))
            .ToDictionary(r => Text(r[0]), r => (Deadline: Text(r[1]), State: Text(r[2])));
        Check("tasks whose deadline or state differs in reporting (or is missing)", 0, owned.Count(t => reported.GetValueOrDefault(t.Key) != t.Value));

        foreach (var (name, _) in ServiceSet.Services)
        {
            var unsent = await db.CountAsync(name, "outbox_messages", "\"SentAt\" IS NULL");
            var dead = await db.CountAsync(name, "outbox_messages", "\"DeadAt\" IS NOT NULL");
            Check($"{name} outbox rows unsent or dead", 0, unsent + dead);
        }
        var published = (await db.QueryAsync("tasks", $"SELECT \"MessageId\" FROM {db.Table("tasks", "outbox_messages")}")).Select(r => Text(r[0])).ToHashSet();
        var applied = (await db.QueryAsync("reporting", $"SELECT \"MessageId\", \"Consumer\" FROM {db.Table("reporting", "inbox_messages")}"))
            .Where(r => published.Contains(Text(r[0]))).Select(r => (Id: Text(r[0]), Consumer: Text(r[1]))).ToList();
        Check("task events published and not in reporting's inbox", 0, published.Except(applied.Select(a => a.Id)).Count());
        Check("task events applied more than once by a consumer of reporting", 0, applied.Count - applied.Distinct().Count());
        Console.WriteLine(failed == 0 ? "nothing lost: every accepted write is in its service and in reporting, every event applied once"
            : $"{failed} check(s) FAILED");
        return failed;
    }

    /// <summary>One spelling for ids and dates whichever database returned them (SQLite text, PostgreSQL uuid / date).</summary>
    private static string Text(object? value) => value switch
    {
        null => "",
        DateTime d => DateOnly.FromDateTime(d).ToString("yyyy-MM-dd"),
        DateOnly d => d.ToString("yyyy-MM-dd"),
        Guid g => g.ToString(),
        string s => Guid.TryParse(s, out var g) ? g.ToString() : s,
        _ => value.ToString() ?? "",
    };
}
