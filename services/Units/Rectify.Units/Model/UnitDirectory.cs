using Microsoft.EntityFrameworkCore;
using Rectify.Contracts;
using Rectify.Contracts.Units;
using Rectify.ServiceDefaults.Errors;
using Rectify.Units.Infrastructure;

namespace Rectify.Units.Model;

public sealed record UnitInput(
    string Name, string ShortName, string Kind, Guid JurisdictionId, string? ContactPhone, string? ContactEmail, string? ContactAddress);

/// <summary>Registers and changes units; every change queues its event in the same transaction.</summary>
public sealed class UnitDirectory(UnitsDbContext db, TimeProvider time)
{
    public async Task<Jurisdiction> JurisdictionAsync(Guid jurisdictionId, CancellationToken ct) =>
        await db.Jurisdictions.AsNoTracking().FirstOrDefaultAsync(j => j.Id == jurisdictionId, ct)
        ?? throw new FieldException("jurisdictionId", "No such jurisdiction.");

    public async Task<Unit> RegisterAsync(UnitInput input, string? actor, CancellationToken ct)
    {
        var jurisdiction = await JurisdictionAsync(input.JurisdictionId, ct);
        await RequireNewNameAsync(input.Name, null, ct);
        var unit = new Unit
        {
            Id = Guid.CreateVersion7(), Name = "", ShortName = "", Kind = "", JurisdictionPath = "", Version = 1, CreatedAt = time.GetUtcNow(),
        };
        Apply(unit, input, jurisdiction);
        db.Units.Add(unit);
        db.Publish(new UnitRegistered(EventMeta.New(unit.Version, actor, time.GetUtcNow()),
            unit.Id, unit.Name, unit.ShortName, unit.Kind, unit.JurisdictionId, unit.JurisdictionPath, unit.Contact));
        await db.SaveChangesAsync(ct);
        return unit;
    }

    public async Task<Unit> UpdateAsync(Unit unit, UnitInput input, string? actor, CancellationToken ct)
    {
        var jurisdiction = await JurisdictionAsync(input.JurisdictionId, ct);
        await RequireNewNameAsync(input.Name, unit.Id, ct);
        Apply(unit, input, jurisdiction);
        unit.Version++;
        db.Publish(new UnitUpdated(EventMeta.New(unit.Version, actor, time.GetUtcNow()),
            unit.Id, unit.Name, unit.ShortName, unit.Kind, unit.JurisdictionId, unit.JurisdictionPath, unit.Contact));
        await db.SaveChangesAsync(ct);
        return unit;
    }

    /// <summary>Sets (or clears, with null) the unit's first responsible person, who must be one of its people.</summary>
    public async Task<Unit> SetFirstResponsibleAsync(Unit unit, Guid? personId, string? actor, CancellationToken ct)
    {
        if (personId is { } id && !await db.People.AnyAsync(p => p.Id == id && p.UnitId == unit.Id, ct))
            throw new FieldException("personId", "No such person in this unit.");
        unit.FirstResponsiblePersonId = personId;
        unit.Version++;
        db.Publish(new FirstResponsiblePersonAssigned(EventMeta.New(unit.Version, actor, time.GetUtcNow()), unit.Id, personId));
        await db.SaveChangesAsync(ct);
        return unit;
    }

    /// <summary>A unit's name is unique; a duplicate says so (the unique index only catches two registrations at the same moment).</summary>
    private async Task RequireNewNameAsync(string name, Guid? self, CancellationToken ct)
    {
        var trimmed = name.Trim();
        if (await db.Units.AnyAsync(u => u.Name == trimmed && u.Id != self, ct))
            throw new ConflictException($"A unit named {trimmed} is already registered.");
    }

    private static void Apply(Unit unit, UnitInput input, Jurisdiction jurisdiction)
    {
        unit.Name = input.Name.Trim();
        unit.ShortName = input.ShortName.Trim();
        unit.Kind = input.Kind;
        unit.JurisdictionId = jurisdiction.Id;
        unit.JurisdictionPath = jurisdiction.Path;
        unit.ContactPhone = Blank(input.ContactPhone);
        unit.ContactEmail = Blank(input.ContactEmail);
        unit.ContactAddress = Blank(input.ContactAddress);
    }

    internal static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
