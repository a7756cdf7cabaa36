using Microsoft.EntityFrameworkCore;
using Rectify.Findings.Infrastructure;
using Rectify.Findings.Model;
using Rectify.ServiceDefaults.Auth;
using Rectify.ServiceDefaults.Errors;
using Rectify.ServiceDefaults.Replicas;

namespace Rectify.Findings.Apis;

/// <summary>
/// Loads an inspection for the caller, scoped by the unit replica: out of scope reads as absent (404);
/// in scope but not the inspection office (or an administrator) is 403 on writes.
/// </summary>
public sealed class InspectionAccess(FindingsDbContext db, UnitScope scope)
{
    public async Task<(Inspection Inspection, UnitReplica Unit)> VisibleAsync(Guid id, CancellationToken ct)
    {
        var found = await (from i in db.Inspections
                           join u in db.Units on i.UnitId equals u.UnitId
                           where i.Id == id && !i.Withdrawn
                           select new { i, u }).FirstOrDefaultAsync(ct);
        if (found is null || !(scope.IsAdministrator || scope.CanSee(found.u.UnitId, found.u.JurisdictionPath)))
            throw new NotFoundException("Inspection");
        return (found.i, found.u);
    }

    public async Task<(Inspection Inspection, UnitReplica Unit)> WritableAsync(Guid id, CancellationToken ct)
    {
        var found = await VisibleAsync(id, ct);
        RequireOffice(found.Unit);
        return found;
    }

    /// <summary>
    /// The unit an inspection is registered against: unknown and out-of-scope alike are a 400 on unitId
    /// (a body reference, not the resource addressed, and telling them apart would leak which units exist).
    /// </summary>
    public async Task<UnitReplica> UnitForRegistrationAsync(Guid unitId, CancellationToken ct)
    {
        var unit = await db.Units.AsNoTracking().FirstOrDefaultAsync(u => u.UnitId == unitId, ct);
        if (unit is null || !(scope.IsAdministrator || scope.CanSee(unit.UnitId, unit.JurisdictionPath)))
            throw new FieldException("unitId", "No such unit.");
        RequireOffice(unit);
        return unit;
    }

    /// <summary>Work the unit does itself (starting rectification): its coordinator, the office or an administrator.</summary>
    public async Task<(Inspection Inspection, UnitReplica Unit)> UnitWorkAsync(Guid id, CancellationToken ct)
    {
        var found = await VisibleAsync(id, ct);
        if (!scope.Holds(found.Unit.UnitId, found.Unit.JurisdictionPath, RectifyRoles.InspectionOffice, RectifyRoles.UnitCoordinator))
            throw new ForbiddenException("Only the unit's coordinator, the inspection office or an administrator may do this.");
        return found;
    }

    /// <summary>
    /// Clues are the discipline liaison's alone: not even an administrator or the inspection office
    /// reads them here (they see the count). Out of scope is 404 like any inspection; in scope, 403.
    /// </summary>
    public async Task<Inspection> CluesAsync(Guid id, CancellationToken ct)
    {
        var (inspection, unit) = await VisibleAsync(id, ct);
        if (!scope.Grants.Any(g => g.Role == RectifyRoles.DisciplineLiaison && g.Covers(unit.UnitId, unit.JurisdictionPath)))
            throw new ForbiddenException("Problem clues are visible to the discipline liaison only.");
        return inspection;
    }

    private void RequireOffice(UnitReplica unit)
    {
        if (!scope.Holds(unit.UnitId, unit.JurisdictionPath, RectifyRoles.InspectionOffice))
            throw new ForbiddenException("Only the inspection office or an administrator may register inspections and findings.");
    }
}
