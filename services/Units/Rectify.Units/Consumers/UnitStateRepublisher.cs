using Microsoft.EntityFrameworkCore;
using Rectify.Contracts.Units;
using Rectify.ServiceDefaults.Messaging.Republish;
using Rectify.Units.Infrastructure;

namespace Rectify.Units.Consumers;

/// <summary>
/// Republishes the directory for a reporting rebuild (重建报表): <see cref="UnitRegistered"/> per unit and
/// <see cref="PersonRegistered"/> per person, at their current versions, so every consumer that already
/// holds them (the unit replicas, tasks' and notifications' people) ignores them.
/// </summary>
public sealed class UnitStateRepublisher(UnitsDbContext db, TimeProvider time) : StateRepublisher<UnitsDbContext>(db, time)
{
    protected override string Service => UnitsModule.Name;

    // Units and people page side by side: a page is full while either still has rows.
    protected override async Task<(int Rows, int Events)> PageAsync(int skip, int take, string? actor, CancellationToken ct)
    {
        var units = await Db.Units.AsNoTracking().OrderBy(u => u.Id).Skip(skip).Take(take).ToListAsync(ct);
        foreach (var u in units)
            Db.Publish(new UnitRegistered(Meta(u.Version, actor, u.CreatedAt), u.Id, u.Name, u.ShortName, u.Kind, u.JurisdictionId, u.JurisdictionPath, u.Contact));
        var people = await Db.People.AsNoTracking().OrderBy(p => p.Id).Skip(skip).Take(take).ToListAsync(ct);
        foreach (var p in people)
            Db.Publish(new PersonRegistered(Meta(p.Version, actor), p.Id, p.UnitId, p.DepartmentId, p.Name, p.Position, p.Channels));
        return (Math.Max(units.Count, people.Count), units.Count + people.Count);
    }
}
