using Rectify.Benchmarks.Latency;

namespace Rectify.Benchmarks.Load;

/// <summary>
/// After the run, from the databases: every accepted write is in the owning service (rows added = writes accepted),
/// in reporting (the same entries, and each task's deadline and state as the tasks service has them), and every event
/// was published and applied once (no outbox row left unsent or dead; each task event in reporting's inbox, once).
/// </summary>
public static class LossCheck
{
    /// <summary>Rows of the run's own tasks (and inspections): what was there before the run, to subtract afterwards.</summary>
    public sealed record Counts(long Progress, long Deadlines, long CloseOuts, long Reviews, long Inspections);

    /// <summary>
    /// Only rows of <paramref name="ownTasks"/>: a notice imported during the run brings tasks and progress entries of
    /// its own, which no write of the run accounts for.
    /// </summary>
    public static async Task<Counts> CountAsync(ServiceDatabases db, IEnumerable<Guid> ownTasks)
    {
        var own = ownTasks.Select(t => t.ToString()).ToHashSet();
        async Task<long> Rows(string table) =>
            (await db.QueryAsync("tasks", $"SELECT \"TaskId\" FROM {db.Table("tasks", table)}")).Count(r => own.Contains(Text(r[0])));
        return new(await Rows("progress_entries"), await Rows("deadline_revisions"), await Rows("close_out_requests"), await Rows("close_out_reviews"),
            await db.CountAsync("findings", "inspections"));
    }

    /// <summary>Prints each check; the number of failed ones.</summary>
    public static async Task<int> VerifyAsync(ServiceDatabases db, Counts before, LoadMix mix, bool settled)
    {
        var after = await CountAsync(db, mix.OwnTasks);
        var unknown = await ResolveAsync(db, mix.Unknown.ToList());
        var failed = 0;
        void Check(string what, long expected, long actual)
        {
            var ok = expected == actual;
            failed += ok ? 0 : 1;
            Console.WriteLine($"  {(ok ? "ok  " : "LOST")} {what}: {expected} expected, {actual} found");
        }
        // Accepted writes must all be there; a write whose answer never came is counted as the server has it (looked up
        // by its narrative or date), or, where nothing marks it, allowed either way and said so.
        void CheckWrites(string what, string table, long accepted, long actual)
        {
            var (written, unresolved) = unknown.GetValueOrDefault(table);
            var expected = accepted + written;
            var ok = actual >= expected && actual <= expected + unresolved;
            failed += ok ? 0 : 1;
            var unknownText = written + unresolved == 0 ? "" : $" + {written} of the unanswered found written" + (unresolved == 0 ? "" : $" + up to {unresolved} unanswered that cannot be told apart");
            Console.WriteLine($"  {(ok ? "ok  " : actual < expected ? "LOST" : "MORE")} {what}: {accepted} accepted{unknownText}, {actual} found");
        }

        Console.WriteLine($"nothing lost? ({(settled ? "settled" : "NOT settled within 3 min")}; rows of the run's own tasks only)");
        if (!mix.Unknown.IsEmpty)
            Console.WriteLine($"  {mix.Unknown.Count} write(s) got no answer on the client (timeout or lost connection): outcome unknown, looked up in the databases");
        CheckWrites("progress reports → rows in tasks", "progress_entries", mix.AcceptedProgress, after.Progress - before.Progress);
        CheckWrites("deadline changes → revisions in tasks", "deadline_revisions", mix.AcceptedDeadlines, after.Deadlines - before.Deadlines);
        CheckWrites("close-out requests → rows in tasks", "close_out_requests", mix.AcceptedCloseOuts, after.CloseOuts - before.CloseOuts);
        CheckWrites("close-out returns → reviews in tasks", "close_out_reviews", mix.AcceptedReturns, after.Reviews - before.Reviews);
        CheckWrites("imports committed → inspections in findings", "inspections", mix.AcceptedImports, after.Inspections - before.Inspections);

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

    /// <summary>
    /// Per table, of the writes that got no answer: how many the server has (found by their marker), and how many cannot
    /// be looked up (no marker) and so may or may not have been written.
    /// </summary>
    private static async Task<Dictionary<string, (long Written, long Unresolved)>> ResolveAsync(ServiceDatabases db, List<UnknownWrite> unknown)
    {
        var result = new Dictionary<string, (long, long)>();
        foreach (var group in unknown.GroupBy(u => u.Table))
        {
            var marked = group.Where(u => u.Marker is not null).ToList();
            long written = 0;
            if (marked.Count > 0)
            {
                var column = group.Key == "progress_entries" ? "Narrative" : "To";
                var rows = (await db.QueryAsync("tasks", $"SELECT \"TaskId\", \"{column}\" FROM {db.Table("tasks", group.Key)}"))
                    .Select(r => (Task: Text(r[0]), Marker: Text(r[1]))).ToHashSet();
                written = marked.Count(u => rows.Contains((u.Task.ToString(), u.Marker!)));
            }
            result[group.Key] = (written, group.Count() - marked.Count);
        }
        return result;
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
