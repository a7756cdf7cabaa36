using Microsoft.EntityFrameworkCore;
using Rectify.Reporting.Infrastructure;
using Rectify.Reporting.Model;
using Rectify.ServiceDefaults.Errors;
using Rectify.ServiceDefaults.Replicas;

namespace Rectify.Reporting.Queries;

/// <summary>Everything reporting holds about one inspection: the inspection report and the notice both read it.</summary>
public sealed record InspectionData(
    ReportedInspection Inspection, UnitReplica Unit, UnitContact? Contact, IReadOnlyList<ReportedFinding> Findings,
    ILookup<Guid, ReportedTask> TasksByFinding, ILookup<Guid, ProgressNote> NotesByTask, IReadOnlyList<string> KnownNames)
{
    /// <summary>Live findings as a tree, siblings in recording order.</summary>
    public IReadOnlyList<ReportedFinding> Children(Guid? parentId) =>
        [.. Findings.Where(f => f.ParentId == parentId).OrderBy(f => f.Position)];

    public static async Task<InspectionData> LoadAsync(ReportingDbContext db, Guid inspectionId, CancellationToken ct)
    {
        var inspection = await db.Inspections.AsNoTracking().FirstOrDefaultAsync(i => i.InspectionId == inspectionId && !i.Withdrawn, ct)
            ?? throw new NotFoundException("Inspection");
        var unit = await db.Units.AsNoTracking().FirstOrDefaultAsync(u => u.UnitId == inspection.UnitId, ct) ?? throw new NotFoundException("Unit");
        var contact = await db.UnitContacts.AsNoTracking().FirstOrDefaultAsync(c => c.UnitId == unit.UnitId, ct);
        var findings = await db.Findings.AsNoTracking().Include(f => f.Tags).Where(f => f.InspectionId == inspectionId && !f.Withdrawn).ToListAsync(ct);
        var tasks = await db.Tasks.AsNoTracking().Where(t => t.InspectionId == inspectionId && !t.Withdrawn).ToListAsync(ct);
        var taskIds = tasks.Select(t => t.TaskId).ToList();
        var notes = await db.ProgressNotes.AsNoTracking().Where(n => taskIds.Contains(n.TaskId)).ToListAsync(ct);
        var names = await db.PersonNames.AsNoTracking().Where(p => p.UnitId == unit.UnitId).Select(p => p.Name).ToListAsync(ct);
        names.AddRange(tasks.SelectMany(t => new[] { t.ResponsibleLeader, t.ResponsiblePerson }).OfType<string>());
        return new InspectionData(inspection, unit, contact, findings, tasks.ToLookup(t => t.FindingId),
            notes.OrderBy(n => n.Position).ThenBy(n => n.ReportedOn).ToLookup(n => n.TaskId), [.. names.Where(n => n.Length >= 2).Distinct()]);
    }
}
