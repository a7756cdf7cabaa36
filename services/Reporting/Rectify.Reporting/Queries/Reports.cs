using Microsoft.EntityFrameworkCore;
using Rectify.Reporting.Infrastructure;
using Rectify.Reporting.Model;
using Rectify.ServiceDefaults.Auth;
using Rectify.ServiceDefaults.Errors;
using Rectify.ServiceDefaults.Hosting;

namespace Rectify.Reporting.Queries;

/// <summary>The reports behind /api/reports: dashboard, unit, category and drill-down views.</summary>
public sealed class Reports(ReportingDbContext db, FigureQueries figures, UnitScope scope)
{
    public async Task<Dashboard> DashboardAsync(TaskFilter filter, string? sort, bool desc, CancellationToken ct)
    {
        var day = figures.Day();
        var sums = await figures.ByUnitAsync(filter, day, ct);
        var clues = await figures.CluesByUnitAsync(filter, ct);
        var units = await figures.Units(filter).Select(u => new { u.UnitId, u.Name, u.ShortName, u.JurisdictionPath }).ToListAsync(ct);
        var missing = await Missing.ByUnitAsync(filter, ct);
        var rows = units.Select(u => new UnitRow(u.UnitId, u.Name, u.ShortName, u.JurisdictionPath,
            Figures.From(sums.GetValueOrDefault(u.UnitId) ?? new FigureSums()), clues.GetValueOrDefault(u.UnitId))
            { MissingReports = missing.GetValueOrDefault(u.UnitId) }).ToList();
        return new Dashboard(day.Today, filter, Figures.From(FigureQueries.Total(sums.Values)), clues.Values.Sum(), Sort(rows, sort, desc))
            { MissingReports = rows.Sum(r => r.MissingReports) };
    }

    public async Task<UnitReport> UnitAsync(Guid unitId, CancellationToken ct)
    {
        var unit = await figures.Units(new TaskFilter(UnitId: unitId)).FirstOrDefaultAsync(ct) ?? throw new NotFoundException("Unit");
        var day = figures.Day();
        var filter = new TaskFilter(UnitId: unitId);
        var byInspection = await FigureQueries.SumByAsync(figures.Tasks(filter), t => t.InspectionId, day, ct);
        var inspections = await db.Inspections.AsNoTracking().Where(i => i.UnitId == unitId && !i.Withdrawn).OrderBy(i => i.OnSiteStart).ToListAsync(ct);
        var missing = await Missing.ByInspectionAsync(filter, ct);
        var rows = inspections.Select(i => new InspectionRow(i.InspectionId, i.Kind, i.Issuer, i.Team, i.Round, i.Type, i.FeedbackOn, i.ClosedOn,
            Figures.From(byInspection.GetValueOrDefault(i.InspectionId) ?? new FigureSums()), i.ClueCount)
            { MissingReports = missing.GetValueOrDefault(i.InspectionId) }).ToList();
        var categories = await CategoriesAsync(filter, ct);
        return new UnitReport(day.Today, unit.UnitId, unit.Name, Figures.From(FigureQueries.Total(byInspection.Values)), inspections.Sum(i => i.ClueCount),
            rows, categories.Rows) { MissingReports = missing.Values.Sum() };
    }

    public async Task<CategoryReport> CategoriesAsync(TaskFilter filter, CancellationToken ct)
    {
        var day = figures.Day();
        var byCategory = await figures.ByCategoryAsync(filter, day, ct);
        var rows = byCategory.Where(r => r.Key != TaskSums.Uncategorised).OrderBy(r => r.Key, StringComparer.Ordinal)
            .Select(r => new CategoryRow(r.Key, Figures.From(r.Value))).ToList();
        return new CategoryReport(day.Today, filter, rows, Figures.From(byCategory.GetValueOrDefault(TaskSums.Uncategorised) ?? new FigureSums()));
    }

    public async Task<ItemPage> ItemsAsync(TaskFilter filter, string figure, ListPage page, CancellationToken ct)
    {
        var day = figures.Day();
        var predicate = Figure.Predicate(figure, day)
            ?? throw new FieldException("figure", $"figure is one of {string.Join(", ", Figure.All)}.");
        var tasks = figures.Tasks(filter).Where(predicate);
        var count = await tasks.CountAsync(ct);
        var rows = await (from t in tasks
                          join f in db.Findings on t.FindingId equals f.FindingId into fs
                          from f in fs.DefaultIfEmpty()
                          join u in db.Units on t.UnitId equals u.UnitId into us
                          from u in us.DefaultIfEmpty()
                          orderby t.Deadline, t.TaskId
                          select new { t, Ordinal = f == null ? "" : f.Ordinal, Title = f == null ? "" : f.Title, UnitName = u == null ? "" : u.Name })
            .Skip(page.Skip).Take(page.Take).ToListAsync(ct);
        return new ItemPage(figure, day.Today, count, rows.Select(r => new ItemRow(r.t.TaskId, r.t.FindingId, r.t.InspectionId, r.t.UnitId, r.UnitName,
            r.Ordinal, r.Title, r.t.Kind, r.t.State, r.t.OriginalDeadline, r.t.Deadline, r.t.ClosedOn,
            !r.t.IsClosed && r.t.Deadline < day.Today, Figure.Light(r.t.IsClosed, r.t.Deadline, day), r.t.SlipDays, r.t.LastActivityOn)).ToList());
    }

    public async Task<Guid> VisibleInspectionUnitAsync(Guid inspectionId, CancellationToken ct)
    {
        var found = await (from i in db.Inspections
                           join u in db.Units on i.UnitId equals u.UnitId
                           where i.InspectionId == inspectionId && !i.Withdrawn
                           select new { u.UnitId, u.JurisdictionPath }).FirstOrDefaultAsync(ct);
        return found is not null && scope.CanSee(found.UnitId, found.JurisdictionPath) ? found.UnitId : throw new NotFoundException("Inspection");
    }

    private static List<UnitRow> Sort(List<UnitRow> rows, string? sort, bool desc)
    {
        Func<UnitRow, IComparable?> key = (sort ?? Figure.Overdue) switch
        {
            "name" => r => r.Name,
            Figure.Total => r => r.Figures.Total,
            Figure.Closed => r => r.Figures.Closed,
            Figure.Sustained => r => r.Figures.Sustained,
            Figure.InProgress => r => r.Figures.InProgress,
            Figure.NotStarted => r => r.Figures.NotStarted,
            Figure.Overdue or Figure.Red => r => r.Figures.Overdue,
            Figure.Yellow => r => r.Figures.Yellow,
            Figure.Green => r => r.Figures.Green,
            Figure.Slipped => r => r.Figures.Slipped,
            Figure.NoRecentProgress => r => r.Figures.NoRecentProgress,
            "completion_rate" => r => r.Figures.CompletionRate ?? -1m,
            "clues" => r => r.Clues,
            "missing_reports" => r => r.MissingReports,
            _ => throw new FieldException("sort", "sort is name, completion_rate, clues, missing_reports or a figure name."),
        };
        var ordered = desc ? rows.OrderByDescending(key) : rows.OrderBy(key);
        return [.. ordered.ThenBy(r => r.Name, StringComparer.Ordinal)];
    }

    private MissingReports Missing => new(db, figures);
}
