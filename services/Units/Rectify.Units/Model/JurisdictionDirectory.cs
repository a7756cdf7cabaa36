using Microsoft.EntityFrameworkCore;
using Rectify.Contracts;
using Rectify.Contracts.Units;
using Rectify.ServiceDefaults.Errors;
using Rectify.Units.Infrastructure;

namespace Rectify.Units.Model;

public sealed record JurisdictionInput(Guid? ParentId, string Name, string Level, string Committee, string InspectionOffice);

/// <summary>Registers jurisdictions and renames them; a jurisdiction never moves, so its path is stable.</summary>
public sealed class JurisdictionDirectory(UnitsDbContext db, TimeProvider time)
{
    public async Task<Jurisdiction> RegisterAsync(JurisdictionInput input, string? actor, CancellationToken ct)
    {
        var id = Guid.CreateVersion7();
        var parentPath = "/";
        if (input.ParentId is { } parentId)
        {
            var parent = await db.Jurisdictions.FirstOrDefaultAsync(j => j.Id == parentId, ct)
                ?? throw new FieldException("parentId", "No such jurisdiction.");
            if (JurisdictionLevels.All.ToList().IndexOf(input.Level) <= JurisdictionLevels.All.ToList().IndexOf(parent.Level))
                throw new FieldException("level", $"A {input.Level} cannot sit under a {parent.Level}.");
            parentPath = parent.Path;
        }
        var jurisdiction = new Jurisdiction
        {
            Id = id, ParentId = input.ParentId, Name = input.Name.Trim(), Level = input.Level, Path = $"{parentPath}{id:N}/",
            Committee = input.Committee.Trim(), InspectionOffice = input.InspectionOffice.Trim(), Version = 1,
        };
        db.Jurisdictions.Add(jurisdiction);
        db.Publish(new JurisdictionRegistered(EventMeta.New(1, actor, time.GetUtcNow()), id, input.ParentId,
            jurisdiction.Name, jurisdiction.Level, jurisdiction.Path, jurisdiction.Committee, jurisdiction.InspectionOffice));
        await db.SaveChangesAsync(ct);
        return jurisdiction;
    }

    public async Task<Jurisdiction> RenameAsync(Guid id, JurisdictionInput input, string? actor, CancellationToken ct)
    {
        var jurisdiction = await db.Jurisdictions.FirstOrDefaultAsync(j => j.Id == id, ct) ?? throw new NotFoundException("Jurisdiction");
        if (jurisdiction.ParentId != input.ParentId || jurisdiction.Level != input.Level)
            throw new FieldException("parentId", "A jurisdiction cannot move or change level once registered.");
        jurisdiction.Name = input.Name.Trim();
        jurisdiction.Committee = input.Committee.Trim();
        jurisdiction.InspectionOffice = input.InspectionOffice.Trim();
        jurisdiction.Version++;
        db.Publish(new JurisdictionUpdated(EventMeta.New(jurisdiction.Version, actor, time.GetUtcNow()), id, jurisdiction.ParentId,
            jurisdiction.Name, jurisdiction.Level, jurisdiction.Path, jurisdiction.Committee, jurisdiction.InspectionOffice));
        await db.SaveChangesAsync(ct);
        return jurisdiction;
    }
}
