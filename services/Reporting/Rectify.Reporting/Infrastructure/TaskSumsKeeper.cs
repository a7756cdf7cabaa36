using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Rectify.Reporting.Model;

namespace Rectify.Reporting.Infrastructure;

/// <summary>
/// Keeps <see cref="TaskSums"/> in step with the tasks: what each changed task counted before is taken off
/// and what it counts now is added, from the change tracker's original and current values; the category rows
/// likewise for each finding whose tasks or tags change. The additions
/// are single UPDATE statements (x = x + delta), so two replicas changing tasks of one inspection at once
/// both count; a row missing on both at once collides on the key and the message retry adds it again.
/// Tasks changed with ExecuteUpdate/ExecuteDelete bypass this, so the read model never does that (the wipe
/// before a rebuild empties task_sums too).
/// </summary>
internal static class TaskSumsKeeper
{
    public sealed record Change(ReportedTask? Before, ReportedTask? After);

    /// <summary>What a save changes that the sums depend on: tasks, and the tags of findings.</summary>
    public sealed record Pending(List<Change> Tasks, List<EntityEntry<FindingTag>> Tags)
    {
        public bool IsEmpty => Tasks.Count == 0 && Tags.Count == 0;
    }

    /// <summary>The tasks and tags about to be saved, as they were and as they will be (call before saving).</summary>
    public static Pending Changes(ChangeTracker tracker) => new(
        [
            .. tracker.Entries<ReportedTask>().Where(e => e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted).Select(e => new Change(
                e.State is EntityState.Added ? null : (ReportedTask)e.OriginalValues.ToObject(),
                e.State is EntityState.Deleted ? null : e.Entity)),
        ],
        [.. tracker.Entries<FindingTag>().Where(e => e.State is EntityState.Added or EntityState.Deleted)]);

    /// <summary>
    /// Takes the <see cref="FigureBasis"/> row's write lock (inside the caller's transaction) and returns the
    /// additions. The lock comes before any task row is written, as in <see cref="DayFigures"/>, so the two
    /// never wait on each other in opposite order.
    /// </summary>
    public static async Task<List<TaskSums>> DeltasAsync(ReportingDbContext db, Pending pending, CancellationToken ct)
    {
        var day = await LockBasisAsync(db, ct);
        var deltas = new Dictionary<(Guid, Guid, string), TaskSums>();
        foreach (var change in pending.Tasks)
        {
            if (change.Before is { } before)
                Add(deltas, TaskSums.Of(before, day), TaskSums.All, -1);
            if (change.After is { } after)
                Add(deltas, TaskSums.Of(after, day), TaskSums.All, +1);
        }
        await AddCategoryDeltasAsync(db, pending, day, deltas, ct);
        return [.. deltas.Values.Where(d => !d.IsZero)];
    }

    /// <summary>
    /// For every finding whose tasks or tags change: takes off what its tasks counted under its categories as stored,
    /// and adds what they count under its categories after the save. The stored state is read from the database
    /// (the save has not run yet); the state after is that with the tracked changes laid over it.
    /// </summary>
    private static async Task AddCategoryDeltasAsync(
        ReportingDbContext db, Pending pending, FigureDay? day, Dictionary<(Guid, Guid, string), TaskSums> deltas, CancellationToken ct)
    {
        List<Guid> findings =
        [
            .. pending.Tasks.SelectMany(c => new[] { c.Before?.FindingId, c.After?.FindingId }).OfType<Guid>()
                .Concat(pending.Tags.Select(t => t.Entity.FindingId)).Distinct(),
        ];
        if (findings.Count == 0)
            return;
        var storedTasks = await db.Tasks.AsNoTracking().Where(t => findings.Contains(t.FindingId)).ToListAsync(ct);
        var storedTags = await db.FindingTags.AsNoTracking().Where(t => findings.Contains(t.FindingId)).ToListAsync(ct);

        var tasksAfter = storedTasks.ToDictionary(t => t.TaskId);
        foreach (var change in pending.Tasks)
        {
            if (change.Before is { } before)
                tasksAfter.Remove(before.TaskId);
            if (change.After is { } after)
                tasksAfter[after.TaskId] = after;
        }
        var tagsAfter = storedTags.Select(t => (t.FindingId, t.Tag)).ToHashSet();
        foreach (var entry in pending.Tags.Where(e => e.State == EntityState.Deleted))
            tagsAfter.Remove((entry.Entity.FindingId, entry.Entity.Tag));
        foreach (var entry in pending.Tags.Where(e => e.State == EntityState.Added))
            tagsAfter.Add((entry.Entity.FindingId, entry.Entity.Tag));

        foreach (var finding in findings)
        {
            Count(storedTasks.Where(t => t.FindingId == finding), storedTags.Where(t => t.FindingId == finding).Select(t => t.Tag), -1);
            Count(tasksAfter.Values.Where(t => t.FindingId == finding), tagsAfter.Where(t => t.FindingId == finding).Select(t => t.Tag), +1);
        }

        void Count(IEnumerable<ReportedTask> tasks, IEnumerable<string> tags, int sign)
        {
            var categories = tags.Distinct().ToList();
            if (categories.Count == 0)
                categories.Add(TaskSums.Uncategorised);
            foreach (var task in tasks)
            foreach (var category in categories)
                Add(deltas, TaskSums.Of(task, day), category, sign);
        }
    }

    public static async Task<FigureDay?> LockBasisAsync(ReportingDbContext db, CancellationToken ct)
    {
        await db.FigureBasis.Where(b => b.Id == FigureBasis.Single).ExecuteUpdateAsync(s => s.SetProperty(b => b.Version, b => b.Version + 1), ct);
        return (await db.FigureBasis.AsNoTracking().SingleAsync(b => b.Id == FigureBasis.Single, ct)).Day;
    }

    /// <summary>
    /// Adds the deltas to the stored rows in the database; the rows not stored yet are staged, to be inserted by
    /// the save that follows (with the task changes, in its transaction). Returns those staged rows.
    /// </summary>
    public static async Task<List<TaskSums>> ApplyAsync(ReportingDbContext db, IReadOnlyList<TaskSums> deltas, CancellationToken ct)
    {
        var missing = new List<TaskSums>();
        foreach (var d in deltas)
        {
            var updated = await db.TaskSums.Where(s => s.UnitId == d.UnitId && s.InspectionId == d.InspectionId && s.Category == d.Category).ExecuteUpdateAsync(s =>
            {
                s.SetProperty(x => x.Total, x => x.Total + d.Total).SetProperty(x => x.Closed, x => x.Closed + d.Closed)
                    .SetProperty(x => x.Sustained, x => x.Sustained + d.Sustained).SetProperty(x => x.InProgress, x => x.InProgress + d.InProgress)
                    .SetProperty(x => x.NotStarted, x => x.NotStarted + d.NotStarted).SetProperty(x => x.Slipped, x => x.Slipped + d.Slipped)
                    .SetProperty(x => x.SlipDays, x => x.SlipDays + d.SlipDays).SetProperty(x => x.RulesMade, x => x.RulesMade + d.RulesMade)
                    .SetProperty(x => x.RulesRevised, x => x.RulesRevised + d.RulesRevised).SetProperty(x => x.TalkPeople, x => x.TalkPeople + d.TalkPeople)
                    .SetProperty(x => x.TalkBatches, x => x.TalkBatches + d.TalkBatches)
                    .SetProperty(x => x.MoneyReturnedFen, x => x.MoneyReturnedFen + d.MoneyReturnedFen)
                    .SetProperty(x => x.MoneyRecoveredFen, x => x.MoneyRecoveredFen + d.MoneyRecoveredFen)
                    .SetProperty(x => x.PeopleHeldAccountable, x => x.PeopleHeldAccountable + d.PeopleHeldAccountable)
                    .SetProperty(x => x.Overdue, x => x.Overdue + d.Overdue).SetProperty(x => x.Yellow, x => x.Yellow + d.Yellow)
                    .SetProperty(x => x.NoRecentProgress, x => x.NoRecentProgress + d.NoRecentProgress);
                if (d.JurisdictionPath.Length > 0)
                    s.SetProperty(x => x.JurisdictionPath, d.JurisdictionPath);
            }, ct);
            if (updated == 0)
                missing.Add(d);
        }
        db.TaskSums.AddRange(missing);
        return missing;
    }

    private static void Add(Dictionary<(Guid, Guid, string), TaskSums> deltas, TaskSums part, string category, int sign)
    {
        var key = (part.UnitId, part.InspectionId, category);
        if (!deltas.TryGetValue(key, out var sum))
            deltas[key] = sum = new TaskSums { UnitId = part.UnitId, InspectionId = part.InspectionId, Category = category };
        sum.Add(part, sign);
        if (sign > 0 && part.JurisdictionPath.Length > 0)
            sum.JurisdictionPath = part.JurisdictionPath;
    }
}
