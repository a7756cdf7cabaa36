using Microsoft.EntityFrameworkCore;
using Rectify.Notifications.Infrastructure;
using Rectify.Notifications.Model;
using Rectify.ServiceDefaults.Auth;

namespace Rectify.Notifications.Scheduling;

/// <summary>
/// Finds people from the service's own copies of the directory and the role grants: a unit's
/// coordinators (整改办联络员), its first responsible person (第一责任人) and its inspection office (巡察办).
/// Accounts without a directory person cannot be reached and are left out.
/// </summary>
public sealed class RecipientDirectory(NotificationsDbContext db)
{
    public async Task<Recipients> ForAsync(TrackedDeadline deadline, CancellationToken ct)
    {
        var responsible = SubjectKinds.ForCoordinators(deadline.SubjectKind)
            ? await CoordinatorsAsync(deadline.UnitId, ct)
            : TrackedDeadline.Split(deadline.ResponsibleIds);
        return new Recipients(responsible, TrackedDeadline.Split(deadline.LeaderIds),
            await FirstResponsibleAsync(deadline.UnitId, ct), await OfficeAsync(deadline.UnitId, ct));
    }

    /// <summary>
    /// The person the units service set for the unit; while none is set, the fallback guesses from the
    /// position (书记, not 副书记) so escalations still reach someone (docs/decisions/0009).
    /// </summary>
    public async Task<IReadOnlyList<Guid>> FirstResponsibleAsync(Guid unitId, CancellationToken ct)
    {
        var set = await db.FirstResponsible.Where(f => f.UnitId == unitId).Select(f => f.PersonId).FirstOrDefaultAsync(ct);
        if (set is { } person)
            return [person];
        var people = await db.People.Where(p => p.UnitId == unitId).ToListAsync(ct);
        return [.. people.Where(p => p.IsFirstResponsible).Select(p => p.PersonId)];
    }

    public async Task<IReadOnlyList<Guid>> CoordinatorsAsync(Guid unitId, CancellationToken ct) =>
        await db.Grants.Where(g => g.Role == RectifyRoles.UnitCoordinator && g.UnitId == unitId && g.PersonId != null)
            .Select(g => g.PersonId!.Value).Distinct().ToListAsync(ct);

    /// <summary>The inspection office nearest the unit: staff of the deepest jurisdiction on its path that has any.</summary>
    public async Task<IReadOnlyList<Guid>> OfficeAsync(Guid unitId, CancellationToken ct)
    {
        var path = await db.Units.Where(u => u.UnitId == unitId).Select(u => u.JurisdictionPath).FirstOrDefaultAsync(ct);
        if (path is null)
            return [];
        var chain = path.Split('/', StringSplitOptions.RemoveEmptyEntries);
        var offices = await db.Grants.Where(g => g.Role == RectifyRoles.InspectionOffice && g.JurisdictionId != null && g.PersonId != null)
            .Select(g => new { g.JurisdictionId, g.PersonId }).ToListAsync(ct);
        for (var i = chain.Length - 1; i >= 0; i--)
        {
            var here = offices.Where(o => o.JurisdictionId!.Value.ToString("N") == chain[i]).Select(o => o.PersonId!.Value).Distinct().ToList();
            if (here.Count > 0)
                return here;
        }
        return [];
    }

    /// <summary>Units whose path runs through the jurisdiction, for re-planning when its office changes.</summary>
    public async Task<List<Guid>> UnitsUnderAsync(Guid jurisdictionId, CancellationToken ct)
    {
        var segment = $"/{jurisdictionId:N}/";
        return await db.Units.Where(u => u.JurisdictionPath.Contains(segment)).Select(u => u.UnitId).ToListAsync(ct);
    }
}
