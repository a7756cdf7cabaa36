using Microsoft.EntityFrameworkCore;
using Rectify.ServiceDefaults.Auth;
using Rectify.ServiceDefaults.Errors;
using Rectify.Units.Infrastructure;
using Rectify.Units.Model;

namespace Rectify.Units.Apis;

/// <summary>Loads a unit for the caller: out of scope reads as absent (404), in scope but read-only as 403.</summary>
public sealed class UnitAccess(UnitsDbContext db, UnitScope scope)
{
    public async Task<Unit> VisibleAsync(Guid unitId, CancellationToken ct)
    {
        var unit = await db.Units.FirstOrDefaultAsync(u => u.Id == unitId, ct);
        if (unit is null || !(scope.IsAdministrator || scope.CanSee(unit.Id, unit.JurisdictionPath)))
            throw new NotFoundException("Unit");
        return unit;
    }

    public async Task<Unit> ManageableAsync(Guid unitId, CancellationToken ct)
    {
        var unit = await VisibleAsync(unitId, ct);
        if (!scope.CanManage(unit.Id, unit.JurisdictionPath))
            throw new ForbiddenException("Only the unit's coordinator, its inspection office or an administrator may change it.");
        return unit;
    }
}
