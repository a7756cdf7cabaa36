using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Rectify.Contracts.Tasks;
using Rectify.Reporting.Infrastructure;
using Rectify.Reporting.Model;
using Rectify.ServiceDefaults.Auth;
using Rectify.ServiceDefaults.Replicas;
using Rectify.ServiceDefaults.Time;

namespace Rectify.Reporting.Queries;

/// <summary>
/// Counts tasks in the database, grouped as a report needs, for the caller's scope only. Overdue and
/// the lights are computed against "today" of this request, so they never go stale between events.
/// </summary>
public sealed class FigureQueries(
    ReportingDbContext db, UnitScope scope, TimeProvider time, IOptions<ReportingOptions> options, ReplicatedCalendar<ReportingDbContext> calendar,
    DayFiguresSignal? recount = null)
{
    public FigureDay Day() => FigureDay.Now(time, options.Value, calendar);

    public IQueryable<ReportedTask> Tasks(TaskFilter f)
    {
        var q = Filtered(db.Tasks.AsNoTracking().Where(t => !t.Withdrawn), f);
        if (f.Category is { Length: > 0 } category)
            q = q.Where(t => db.FindingTags.Where(c => c.Tag == category).Select(c => c.FindingId).Contains(t.FindingId));
        return q;
    }

    /// <summary>The kept sums (<see cref="TaskSums"/>) the filter covers: its category's rows, or the rows of all tasks.</summary>
    public IQueryable<TaskSums> Sums(TaskFilter f)
    {
        var category = f.Category is { Length: > 0 } c ? c : TaskSums.All;
        return Filtered(db.TaskSums.AsNoTracking().Where(s => s.Category == category), f);
    }

    /// <summary>The caller's scope and the filter's jurisdiction, unit, inspection, round and team.</summary>
    private IQueryable<T> Filtered<T>(IQueryable<T> q, TaskFilter f) where T : class, IInspectionRow
    {
        q = q.Where(scope.Visible<T>(r => r.UnitId, r => r.JurisdictionPath));
        if (f.JurisdictionPath is { } path)
            q = q.Where(r => r.JurisdictionPath.StartsWith(path));
        if (f.UnitId is { } unit)
            q = q.Where(r => r.UnitId == unit);
        if (f.InspectionId is { } inspection)
            q = q.Where(r => r.InspectionId == inspection);
        if (f.Round is { Length: > 0 } round)
            q = q.Where(r => db.Inspections.Any(i => i.InspectionId == r.InspectionId && i.Round == round));
        if (f.Team is { Length: > 0 } team)
            q = q.Where(r => db.Inspections.Any(i => i.InspectionId == r.InspectionId && i.Team == team));
        return q;
    }

    public IQueryable<UnitReplica> Units(TaskFilter f)
    {
        var q = db.Units.AsNoTracking().Where(scope.Visible<UnitReplica>(u => u.UnitId, u => u.JurisdictionPath));
        if (f.JurisdictionPath is { } path)
            q = q.Where(u => u.JurisdictionPath.StartsWith(path));
        if (f.UnitId is { } unit)
            q = q.Where(u => u.UnitId == unit);
        return q;
    }

    /// <summary>
    /// The figures per unit, from the kept sums (<see cref="TaskSums"/>); when their day-dependent columns were
    /// counted for another day, overdue, yellow and no recent progress are counted over the open tasks instead
    /// (through the indexes on the open deadline and last activity).
    /// </summary>
    public async Task<Dictionary<Guid, FigureSums>> ByUnitAsync(TaskFilter f, FigureDay d, CancellationToken ct)
    {
        var counted = await CountedForAsync(d, ct);
        var result = await SumRowsAsync(Sums(f), s => s.UnitId, ct);
        if (!counted)
        {
            recount?.Notify();
            await CountDayFiguresAsync(f, d, result, ct);
        }
        foreach (var s in result.Values)
            s.Green = s.Total - s.Closed - s.Overdue - s.Yellow;
        await CountLateAndLockedAsync(Tasks(f), t => t.UnitId, result, d, ct);
        return result;
    }

    /// <summary>
    /// 逾期完成 and 到期锁定 are not in the kept sums: counted over the tasks that are either (few, and the locked ones
    /// through the open-deadline index), into <paramref name="result"/>.
    /// </summary>
    private static async Task CountLateAndLockedAsync<TKey>(
        IQueryable<ReportedTask> tasks, Expression<Func<ReportedTask, TKey>> key, Dictionary<TKey, FigureSums> result, FigureDay d, CancellationToken ct)
        where TKey : notnull
    {
        var today = d.Today;
        var late = await tasks.Where(t => t.ClosedLate).GroupBy(key).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(ct);
        var locked = await tasks.Where(t => t.OpenDeadline < today && t.State != TaskStates.Submitted && !t.UnlockedCurrentDeadline)
            .GroupBy(key).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(ct);
        foreach (var r in late)
            if (result.TryGetValue(r.Key, out var row)) row.ClosedLate = r.Count;
        foreach (var r in locked)
            if (result.TryGetValue(r.Key, out var row)) row.Locked = r.Count;
    }

    /// <summary>
    /// The figures per category ("" for tasks of findings without one) from the kept sums; a task counts under
    /// each tag of its finding. Counted over the tasks when the day figures are not counted for today.
    /// </summary>
    public async Task<Dictionary<string, FigureSums>> ByCategoryAsync(TaskFilter f, FigureDay d, CancellationToken ct)
    {
        f = f with { Category = null };
        if (!await CountedForAsync(d, ct))
        {
            recount?.Notify();
            var counted = await SumByTagAsync(Tasks(f), d, ct);
            var untagged = Total((await SumByAsync(Tasks(f).Where(t => !db.FindingTags.Any(c => c.FindingId == t.FindingId)), t => 1, d, ct)).Values);
            if (untagged.Total > 0)
                counted[TaskSums.Uncategorised] = untagged;
            return counted;
        }
        var result = await SumRowsAsync(Filtered(db.TaskSums.AsNoTracking().Where(s => s.Category != TaskSums.All), f), s => s.Category, ct);
        foreach (var s in result.Values)
            s.Green = s.Total - s.Closed - s.Overdue - s.Yellow;
        var tagged = Tasks(f).Join(db.FindingTags, t => t.FindingId, c => c.FindingId, (t, c) => new { t, c.Tag });
        var lateByTag = await tagged.Where(x => x.t.ClosedLate).GroupBy(x => x.Tag).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(ct);
        var today = d.Today;
        var lockedByTag = await tagged.Where(x => x.t.OpenDeadline < today && x.t.State != TaskStates.Submitted && !x.t.UnlockedCurrentDeadline)
            .GroupBy(x => x.Tag).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(ct);
        foreach (var r in lateByTag)
            if (result.TryGetValue(r.Key, out var row)) row.ClosedLate = r.Count;
        foreach (var r in lockedByTag)
            if (result.TryGetValue(r.Key, out var row)) row.Locked = r.Count;
        if (result.TryGetValue(TaskSums.Uncategorised, out var untaggedRow))
        {
            var untaggedTasks = Tasks(f).Where(t => !db.FindingTags.Any(c => c.FindingId == t.FindingId));
            var byOne = new Dictionary<int, FigureSums> { [1] = untaggedRow };
            await CountLateAndLockedAsync(untaggedTasks, t => 1, byOne, d, ct);
        }
        return result.Where(r => r.Value.Total > 0).ToDictionary();
    }

    private async Task<bool> CountedForAsync(FigureDay d, CancellationToken ct) =>
        (await db.FigureBasis.AsNoTracking().SingleAsync(b => b.Id == FigureBasis.Single, ct)).Day == d;

    private static async Task<Dictionary<TKey, FigureSums>> SumRowsAsync<TKey>(
        IQueryable<TaskSums> rows, Expression<Func<TaskSums, TKey>> key, CancellationToken ct) where TKey : notnull
    {
        var result = await rows.GroupBy(key).Select(g => new
        {
            g.Key,
            Sums = new FigureSums
            {
                Total = g.Sum(s => s.Total),
                Closed = g.Sum(s => s.Closed),
                Sustained = g.Sum(s => s.Sustained),
                InProgress = g.Sum(s => s.InProgress),
                NotStarted = g.Sum(s => s.NotStarted),
                Overdue = g.Sum(s => s.Overdue),
                Yellow = g.Sum(s => s.Yellow),
                Slipped = g.Sum(s => s.Slipped),
                SlipDays = g.Sum(s => s.SlipDays),
                NoRecentProgress = g.Sum(s => s.NoRecentProgress),
                RulesMade = g.Sum(s => s.RulesMade),
                RulesRevised = g.Sum(s => s.RulesRevised),
                TalkPeople = g.Sum(s => s.TalkPeople),
                TalkBatches = g.Sum(s => s.TalkBatches),
                MoneyReturnedFen = g.Sum(s => s.MoneyReturnedFen),
                MoneyRecoveredFen = g.Sum(s => s.MoneyRecoveredFen),
                PeopleHeldAccountable = g.Sum(s => s.PeopleHeldAccountable),
            },
        }).ToListAsync(ct);
        return result.ToDictionary(r => r.Key, r => r.Sums);
    }

    private async Task CountDayFiguresAsync(TaskFilter f, FigureDay d, Dictionary<Guid, FigureSums> result, CancellationToken ct)
    {
        var (today, yellow, stale) = (d.Today, d.YellowUntil, d.StaleBefore);
        var due = await Tasks(f).Where(t => t.OpenDeadline != null && t.OpenDeadline <= yellow).GroupBy(t => t.UnitId)
            .Select(g => new { g.Key, Overdue = g.Count(t => t.OpenDeadline < today), Yellow = g.Count(t => t.OpenDeadline >= today) }).ToListAsync(ct);
        var quiet = await Tasks(f).Where(t => t.OpenLastActivityOn != null && t.OpenLastActivityOn < stale).GroupBy(t => t.UnitId)
            .Select(g => new { g.Key, Count = g.Count() }).ToListAsync(ct);
        foreach (var s in result.Values)
            (s.Overdue, s.Yellow, s.NoRecentProgress) = (0, 0, 0);
        foreach (var r in due)
            (Row(result, r.Key).Overdue, Row(result, r.Key).Yellow) = (r.Overdue, r.Yellow);
        foreach (var r in quiet)
            Row(result, r.Key).NoRecentProgress = r.Count;
    }

    private static FigureSums Row(Dictionary<Guid, FigureSums> rows, Guid key) =>
        rows.TryGetValue(key, out var row) ? row : rows[key] = new FigureSums();

    /// <summary>Clue counts (问题线索: numbers only) per unit, from the inspections the filter covers.</summary>
    public async Task<Dictionary<Guid, int>> CluesByUnitAsync(TaskFilter f, CancellationToken ct)
    {
        var units = Units(f with { UnitId = null });
        var q = db.Inspections.AsNoTracking().Where(i => !i.Withdrawn && units.Any(u => u.UnitId == i.UnitId));
        if (f.UnitId is { } unit) q = q.Where(i => i.UnitId == unit);
        if (f.InspectionId is { } inspection) q = q.Where(i => i.InspectionId == inspection);
        if (f.Round is { Length: > 0 } round) q = q.Where(i => i.Round == round);
        if (f.Team is { Length: > 0 } team) q = q.Where(i => i.Team == team);
        return await q.GroupBy(i => i.UnitId).Select(g => new { g.Key, Clues = g.Sum(i => i.ClueCount) }).ToDictionaryAsync(x => x.Key, x => x.Clues, ct);
    }

    public static Task<Dictionary<TKey, FigureSums>> SumByAsync<TKey>(
        IQueryable<ReportedTask> tasks, Expression<Func<ReportedTask, TKey>> key, FigureDay d, CancellationToken ct) where TKey : notnull =>
        SumGroupsAsync(tasks.GroupBy(key), d, ct);

    /// <summary>Figures per category in one scan: a task counts under each of its finding's tags.</summary>
    public Task<Dictionary<string, FigureSums>> SumByTagAsync(IQueryable<ReportedTask> tasks, FigureDay d, CancellationToken ct) =>
        SumGroupsAsync(tasks.Join(db.FindingTags, t => t.FindingId, c => c.FindingId, (t, c) => new { t, c.Tag }).GroupBy(x => x.Tag, x => x.t), d, ct);

    private static async Task<Dictionary<TKey, FigureSums>> SumGroupsAsync<TKey>(
        IQueryable<IGrouping<TKey, ReportedTask>> groups, FigureDay d, CancellationToken ct) where TKey : notnull
    {
        var (today, yellow, stale) = (d.Today, d.YellowUntil, d.StaleBefore);
        // The same conditions as Figure.Predicate, in a form EF turns into one grouped scan.
        var rows = await groups.Select(g => new
        {
            g.Key,
            Sums = new FigureSums
            {
                Total = g.Count(),
                Closed = g.Count(t => t.IsClosed),
                Sustained = g.Count(t => t.State == TaskStates.CompletedSustained),
                InProgress = g.Count(t => t.State == TaskStates.InProgress || t.State == TaskStates.Submitted),
                NotStarted = g.Count(t => t.State == TaskStates.Planned),
                Overdue = g.Count(t => !t.IsClosed && t.Deadline != null && t.Deadline < today),
                Yellow = g.Count(t => !t.IsClosed && t.Deadline != null && t.Deadline >= today && t.Deadline <= yellow),
                Green = g.Count(t => !t.IsClosed && (t.Deadline == null || t.Deadline > yellow)),
                Slipped = g.Count(t => t.SlipDays > 0),
                SlipDays = g.Sum(t => t.SlipDays),
                NoRecentProgress = g.Count(t => !t.IsClosed && t.LastActivityOn < stale),
                RulesMade = g.Sum(t => t.RulesMade),
                RulesRevised = g.Sum(t => t.RulesRevised),
                TalkPeople = g.Sum(t => t.TalkPeople),
                TalkBatches = g.Sum(t => t.TalkBatches),
                MoneyReturnedFen = g.Sum(t => t.MoneyReturnedFen),
                MoneyRecoveredFen = g.Sum(t => t.MoneyRecoveredFen),
                PeopleHeldAccountable = g.Sum(t => t.PeopleHeldAccountable),
                ClosedLate = g.Count(t => t.ClosedLate),
                Locked = g.Count(t => !t.IsClosed && t.State != TaskStates.Submitted && t.Deadline != null && t.Deadline < today && !t.UnlockedCurrentDeadline),
            },
        }).ToListAsync(ct);
        return rows.ToDictionary(r => r.Key, r => r.Sums);
    }

    public static FigureSums Total(IEnumerable<FigureSums> parts)
    {
        var total = new FigureSums();
        foreach (var part in parts)
            total.Add(part);
        return total;
    }
}
