using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
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
    ReportingDbContext db, UnitScope scope, TimeProvider time, IOptions<ReportingOptions> options, ReplicatedCalendar<ReportingDbContext> calendar)
{
    public FigureDay Day() => FigureDay.For(time.Today(), options.Value.YellowWithinWorkingDays, options.Value.ProgressStaleDays, calendar);

    public IQueryable<ReportedTask> Tasks(TaskFilter f)
    {
        var q = db.Tasks.AsNoTracking().Where(t => !t.Withdrawn).Where(scope.Visible<ReportedTask>(t => t.UnitId, t => t.JurisdictionPath));
        if (f.JurisdictionPath is { } path)
            q = q.Where(t => t.JurisdictionPath.StartsWith(path));
        if (f.UnitId is { } unit)
            q = q.Where(t => t.UnitId == unit);
        if (f.InspectionId is { } inspection)
            q = q.Where(t => t.InspectionId == inspection);
        if (f.Round is { Length: > 0 } round)
            q = q.Where(t => db.Inspections.Any(i => i.InspectionId == t.InspectionId && i.Round == round));
        if (f.Team is { Length: > 0 } team)
            q = q.Where(t => db.Inspections.Any(i => i.InspectionId == t.InspectionId && i.Team == team));
        if (f.Category is { Length: > 0 } category)
            q = q.Where(t => db.FindingTags.Any(c => c.FindingId == t.FindingId && c.Tag == category));
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

    public static async Task<Dictionary<TKey, FigureSums>> SumByAsync<TKey>(
        IQueryable<ReportedTask> tasks, Expression<Func<ReportedTask, TKey>> key, FigureDay d, CancellationToken ct) where TKey : notnull
    {
        var (today, yellow, stale) = (d.Today, d.YellowUntil, d.StaleBefore);
        // The same conditions as Figure.Predicate, in a form EF turns into one grouped scan.
        var rows = await tasks.GroupBy(key).Select(g => new
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
