using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Rectify.Reporting.Infrastructure;
using Rectify.Reporting.Model;
using Rectify.ServiceDefaults.Auth;
using Rectify.ServiceDefaults.Errors;
using Rectify.ServiceDefaults.Hosting;

namespace Rectify.Reporting.Queries;

public sealed record TakeSnapshot(string Label, string? JurisdictionPath, Guid? UnitId);

public sealed record SnapshotSummary(Guid Id, string Label, string? JurisdictionPath, Guid? UnitId, DateOnly AsOf, DateTimeOffset TakenAt, string? TakenBy);

public sealed record SnapshotView(SnapshotSummary Snapshot, Dashboard Figures);

public sealed record SnapshotItemRow(Guid TaskId, Guid FindingId, Guid InspectionId, Guid UnitId, string State, DateOnly? OriginalDeadline, DateOnly? Deadline,
    IReadOnlyList<string> Figures);

public sealed record SnapshotItemPage(Guid SnapshotId, string Figure, DateOnly AsOf, int Count, IReadOnlyList<SnapshotItemRow> Items);

/// <summary>
/// Frozen period snapshots (期末快照). The dashboard is computed once and stored as served; each task is
/// stored with the names of the figures it counted in, so every number drills down to the same items
/// later, whatever has changed since. Jurisdiction snapshots: the inspection office over the subtree;
/// unit snapshots: the unit's coordinator or office.
/// </summary>
public sealed class SnapshotBook(ReportingDbContext db, Reports reports, FigureQueries figures, UnitScope scope, TimeProvider time)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public async Task<PeriodSnapshot> TakeAsync(TakeSnapshot request, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(request.Label))
            throw new FieldException("label", "label names the period, e.g. 2026年第一季度.");
        if (request.Label.Length > 200)
            throw new FieldException("label", "label is at most 200 characters.");
        if ((request.JurisdictionPath is null) == (request.UnitId is null))
            throw new FieldException("jurisdictionPath", "Give either jurisdictionPath or unitId.");
        var unitPath = await RequireTakeAsync(request, ct);

        var filter = new TaskFilter(request.JurisdictionPath, request.UnitId);
        var day = figures.Day();
        var dashboard = await reports.DashboardAsync(filter, "name", false, ct);
        var snapshot = new PeriodSnapshot
        {
            Id = Guid.CreateVersion7(), Label = request.Label.Trim(), JurisdictionPath = request.JurisdictionPath, UnitId = request.UnitId, UnitJurisdictionPath = unitPath, AsOf = day.Today,
            TakenAt = time.GetUtcNow(), TakenBy = scope.Actor, FiguresJson = JsonSerializer.Serialize(dashboard, Json),
        };
        db.Snapshots.Add(snapshot);
        var rules = Figure.All.Select(f => (Name: f, Test: Figure.Predicate(f, day)!.Compile())).ToList();
        await foreach (var t in figures.Tasks(filter).AsAsyncEnumerable().WithCancellation(ct))
            db.SnapshotItems.Add(new SnapshotItem
            {
                SnapshotId = snapshot.Id, TaskId = t.TaskId, FindingId = t.FindingId, InspectionId = t.InspectionId, UnitId = t.UnitId, State = t.State,
                OriginalDeadline = t.OriginalDeadline, Deadline = t.Deadline, Figures = "|" + string.Join("|", rules.Where(r => r.Test(t)).Select(r => r.Name)) + "|",
            });
        await db.SaveChangesAsync(ct);
        return snapshot;
    }

    public async Task<List<SnapshotSummary>> ListAsync(CancellationToken ct) =>
        [.. (await db.Snapshots.AsNoTracking().OrderByDescending(s => s.AsOf).ToListAsync(ct)).Where(CanRead).Select(Summary)];

    public async Task<SnapshotView> GetAsync(Guid id, CancellationToken ct)
    {
        var s = await ReadableAsync(id, ct);
        return new SnapshotView(Summary(s), JsonSerializer.Deserialize<Dashboard>(s.FiguresJson, Json)!);
    }

    public async Task<SnapshotItemPage> ItemsAsync(Guid id, string figure, Guid? unitId, ListPage page, CancellationToken ct)
    {
        var s = await ReadableAsync(id, ct);
        if (!Figure.All.Contains(figure))
            throw new FieldException("figure", $"figure is one of {string.Join(", ", Figure.All)}.");
        var marker = $"|{figure}|";
        var q = db.SnapshotItems.AsNoTracking().Where(i => i.SnapshotId == id && i.Figures.Contains(marker));
        if (unitId is { } unit)
            q = q.Where(i => i.UnitId == unit);
        var rows = await q.OrderBy(i => i.Deadline).ThenBy(i => i.TaskId).Skip(page.Skip).Take(page.Take).ToListAsync(ct);
        return new SnapshotItemPage(id, figure, s.AsOf, await q.CountAsync(ct), [.. rows.Select(i => new SnapshotItemRow(i.TaskId, i.FindingId, i.InspectionId,
            i.UnitId, i.State, i.OriginalDeadline, i.Deadline, i.Figures.Trim('|').Split('|', StringSplitOptions.RemoveEmptyEntries)))]);
    }

    /// <summary>Checks the caller may take it; returns the unit's jurisdiction path for a unit snapshot.</summary>
    private async Task<string?> RequireTakeAsync(TakeSnapshot request, CancellationToken ct)
    {
        if (request.JurisdictionPath is { } path)
        {
            if (!scope.HoldsOver(path, RectifyRoles.InspectionOffice))
                throw new ForbiddenException("A jurisdiction snapshot needs the inspection office over it.");
            return null;
        }
        var unit = await figures.Units(new TaskFilter(UnitId: request.UnitId)).FirstOrDefaultAsync(ct) ?? throw new FieldException("unitId", "Unknown unit.");
        if (!scope.CanManage(unit.UnitId, unit.JurisdictionPath))
            throw new ForbiddenException("A unit snapshot needs the unit's coordinator or the inspection office.");
        return unit.JurisdictionPath;
    }

    private async Task<PeriodSnapshot> ReadableAsync(Guid id, CancellationToken ct)
    {
        var s = await db.Snapshots.AsNoTracking().FirstOrDefaultAsync(x => x.Id == id, ct);
        return s is not null && CanRead(s) ? s : throw new NotFoundException("Snapshot");
    }

    private bool CanRead(PeriodSnapshot s) =>
        s.UnitId is { } unit ? scope.CanSee(unit, s.UnitJurisdictionPath ?? "")
        : scope.HoldsOver(s.JurisdictionPath ?? "/", RectifyRoles.InspectionOffice, RectifyRoles.Viewer);

    private static SnapshotSummary Summary(PeriodSnapshot s) => new(s.Id, s.Label, s.JurisdictionPath, s.UnitId, s.AsOf, s.TakenAt, s.TakenBy);
}
