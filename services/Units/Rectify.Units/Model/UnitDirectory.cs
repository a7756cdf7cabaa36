using Microsoft.EntityFrameworkCore;
using Rectify.Contracts;
using Rectify.Contracts.Units;
using Rectify.Units.Infrastructure;

namespace Rectify.Units.Model;

/// <summary>Registers and changes units; every change queues its event in the same transaction.</summary>
public sealed class UnitDirectory(UnitsDbContext db, TimeProvider time)
{
    public async Task<Unit> RegisterAsync(string name, string shortName, string kind, string? actor, CancellationToken ct)
    {
        var now = time.GetUtcNow();
        var unit = new Unit
        {
            Id = Guid.CreateVersion7(), Name = name.Trim(), ShortName = shortName.Trim(), Kind = kind, Version = 1, CreatedAt = now,
        };
        db.Units.Add(unit);
        db.Publish(new UnitRegistered(EventMeta.New(unit.Version, actor, now), unit.Id, unit.Name, unit.ShortName, unit.Kind));
        await db.SaveChangesAsync(ct);
        return unit;
    }

    public async Task<Unit?> UpdateAsync(Guid id, string name, string shortName, string kind, string? actor, CancellationToken ct)
    {
        var unit = await db.Units.FirstOrDefaultAsync(u => u.Id == id, ct);
        if (unit is null)
            return null;
        unit.Name = name.Trim();
        unit.ShortName = shortName.Trim();
        unit.Kind = kind;
        unit.Version++;
        db.Publish(new UnitUpdated(EventMeta.New(unit.Version, actor, time.GetUtcNow()), unit.Id, unit.Name, unit.ShortName, unit.Kind));
        await db.SaveChangesAsync(ct);
        return unit;
    }
}
