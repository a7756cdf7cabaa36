using Microsoft.EntityFrameworkCore;
using Rectify.ServiceDefaults.Auth;
using Rectify.ServiceDefaults.Errors;
using Rectify.Units.Infrastructure;

namespace Rectify.Units.Identity;

public sealed record GrantInput(string Role, Guid? UnitId, Guid? JurisdictionId);

/// <summary>
/// Who may hand out which role: administrators anything; an inspection office roles inside its
/// subtree; a coordinator the working roles of their own unit. Nobody raises anyone above themselves.
/// </summary>
public sealed class GrantRules(UnitsDbContext db, UnitScope scope)
{
    public async Task<RoleGrant> ResolveAsync(Guid accountId, GrantInput input, string field, CancellationToken ct)
    {
        if (!RectifyRoles.All.Contains(input.Role))
            throw new FieldException(field, $"Unknown role '{input.Role}'.");
        var grant = new RoleGrant { Id = Guid.CreateVersion7(), AccountId = accountId, Role = input.Role };

        if (input.Role == RectifyRoles.Administrator)
        {
            if (input.UnitId is not null || input.JurisdictionId is not null)
                throw new FieldException(field, "The administrator role applies everywhere; give no unit or jurisdiction.");
            Require(scope.IsAdministrator);
            return grant;
        }
        if (input.Role == RectifyRoles.InspectionOffice)
        {
            var jurisdiction = input.JurisdictionId is { } jid && input.UnitId is null
                ? await db.Jurisdictions.AsNoTracking().FirstOrDefaultAsync(j => j.Id == jid, ct)
                : null;
            if (jurisdiction is null)
                throw new FieldException(field, "Inspection-office staff need an existing jurisdiction and no unit.");
            Require(scope.HoldsOver(jurisdiction.Path, RectifyRoles.InspectionOffice));
            grant.JurisdictionId = jurisdiction.Id;
            grant.JurisdictionPath = jurisdiction.Path;
            return grant;
        }

        var unit = input.UnitId is { } uid && input.JurisdictionId is null
            ? await db.Units.AsNoTracking().FirstOrDefaultAsync(u => u.Id == uid, ct)
            : null;
        if (unit is null)
            throw new FieldException(field, $"The role '{input.Role}' needs an existing unit and no jurisdiction.");
        // Coordinators staff their own unit; naming a coordinator or a discipline liaison is the office's call.
        var officeOnly = input.Role is RectifyRoles.UnitCoordinator or RectifyRoles.DisciplineLiaison;
        Require(officeOnly
            ? scope.Holds(unit.Id, unit.JurisdictionPath, RectifyRoles.InspectionOffice)
            : scope.CanManage(unit.Id, unit.JurisdictionPath));
        grant.UnitId = unit.Id;
        return grant;
    }

    /// <summary>Whether the caller may administer an account: every grant it holds must be one the caller could give.</summary>
    public async Task<bool> CanAdministerAsync(Account account, CancellationToken ct)
    {
        if (scope.IsAdministrator)
            return true;
        if (account.Grants.Count == 0)
            return false;
        foreach (var grant in account.Grants)
        {
            try
            {
                await ResolveAsync(account.Id, new GrantInput(grant.Role, grant.UnitId, grant.JurisdictionId), "grants", ct);
            }
            catch (Exception ex) when (ex is ForbiddenException or FieldException)
            {
                return false;
            }
        }
        return true;
    }

    private static void Require(bool allowed)
    {
        if (!allowed)
            throw new ForbiddenException("You may not grant this role here.");
    }
}
