using Microsoft.EntityFrameworkCore;
using Rectify.ServiceDefaults.Hosting;
using Rectify.Contracts.Findings;
using Rectify.Reporting.Infrastructure;

namespace Rectify.Reporting.Queries;

/// <summary>One period of a recurring progress report: submitted, due (today or later) or missing.</summary>
public sealed record ReportPeriodLine(DateOnly Due, string State, DateOnly? SubmittedOn);

/// <summary>A missing progress report (drill-down row).</summary>
public sealed record MissingReportRow(Guid InspectionId, Guid UnitId, string UnitName, string Round, string Team, DateOnly Due);

public sealed record MissingReportPage(DateOnly AsOf, int Count, IReadOnlyList<MissingReportRow> Items);

/// <summary>
/// Missing progress reports (未按期报送的整改进展报告): the periods of an inspection's recurring progress report
/// whose due date is before today (Asia/Shanghai) and on or before the obligation's end and the inspection's
/// closing day, with no report submitted for them. Computed per request, like the other figures; per
/// inspection, so (like clues) it follows round and team but not category.
/// </summary>
public sealed class MissingReports(ReportingDbContext db, FigureQueries figures)
{
    public async Task<List<MissingReportRow>> ListAsync(TaskFilter f, CancellationToken ct)
    {
        var today = figures.Day().Today;
        var units = figures.Units(f with { UnitId = null });
        var q = from o in db.ReportObligations.AsNoTracking()
                join i in db.Inspections.AsNoTracking() on o.InspectionId equals i.InspectionId
                join u in units on i.UnitId equals u.UnitId
                where !i.Withdrawn
                select new { o, i.UnitId, u.Name, i.Round, i.Team, i.ClosedOn };
        if (f.UnitId is { } unit) q = q.Where(x => x.UnitId == unit);
        if (f.InspectionId is { } inspection) q = q.Where(x => x.o.InspectionId == inspection);
        if (f.Round is { Length: > 0 } round) q = q.Where(x => x.Round == round);
        if (f.Team is { Length: > 0 } team) q = q.Where(x => x.Team == team);
        var rows = await q.ToListAsync(ct);
        var ids = rows.Select(r => r.o.InspectionId).ToList();
        var reported = (await db.ReportedPeriods.AsNoTracking().Where(p => ids.Contains(p.InspectionId)).Select(p => new { p.InspectionId, p.PeriodDue })
            .ToListAsync(ct)).Select(p => (p.InspectionId, p.PeriodDue)).ToHashSet();
        return [.. rows.SelectMany(r => Dues(r.o.FirstDue, r.o.Every, r.o.IntervalUnit, r.o.Until, r.ClosedOn, today.AddDays(-1))
                .Where(due => !reported.Contains((r.o.InspectionId, due)))
                .Select(due => new MissingReportRow(r.o.InspectionId, r.UnitId, r.Name, r.Round, r.Team, due)))
            .OrderBy(m => m.Due).ThenBy(m => m.UnitName, StringComparer.Ordinal)];
    }

    public async Task<Dictionary<Guid, int>> ByUnitAsync(TaskFilter f, CancellationToken ct) =>
        (await ListAsync(f, ct)).GroupBy(m => m.UnitId).ToDictionary(g => g.Key, g => g.Count());

    public async Task<Dictionary<Guid, int>> ByInspectionAsync(TaskFilter f, CancellationToken ct) =>
        (await ListAsync(f, ct)).GroupBy(m => m.InspectionId).ToDictionary(g => g.Key, g => g.Count());

    /// <summary>A page of the missing reports; Count is all of them.</summary>
    public async Task<MissingReportPage> PageAsync(TaskFilter f, ListPage page, CancellationToken ct)
    {
        var items = await ListAsync(f, ct);
        return new MissingReportPage(figures.Day().Today, items.Count, [.. items.Skip(page.Skip).Take(page.Take)]);
    }

    /// <summary>Every period of one inspection up to the next one to come, with its state today.</summary>
    public async Task<List<ReportPeriodLine>> PeriodsAsync(Guid inspectionId, DateOnly? closedOn, CancellationToken ct)
    {
        var o = await db.ReportObligations.AsNoTracking().FirstOrDefaultAsync(x => x.InspectionId == inspectionId, ct);
        if (o is null)
            return [];
        var today = figures.Day().Today;
        var reported = await db.ReportedPeriods.AsNoTracking().Where(p => p.InspectionId == inspectionId).ToDictionaryAsync(p => p.PeriodDue, ct);
        var end = Until(o.Until, closedOn);
        var through = closedOn ?? ProgressReportPeriods.NextOnOrAfter(o.FirstDue, o.Every, o.IntervalUnit, end, today) ?? end ?? today;
        return [.. ProgressReportPeriods.Dues(o.FirstDue, o.Every, o.IntervalUnit, end, through).Select(due =>
            reported.TryGetValue(due, out var r) ? new ReportPeriodLine(due, "submitted", r.SubmittedOn)
            : new ReportPeriodLine(due, due < today ? "missing" : "due", null))];
    }

    private static IEnumerable<DateOnly> Dues(DateOnly first, int every, string unit, DateOnly? until, DateOnly? closedOn, DateOnly through) =>
        ProgressReportPeriods.Dues(first, every, unit, Until(until, closedOn), through);

    /// <summary>Closing the inspection ends the obligation: no period after the closing day.</summary>
    private static DateOnly? Until(DateOnly? until, DateOnly? closedOn) =>
        closedOn is { } c && (until is null || c < until) ? c : until;
}
