using Microsoft.EntityFrameworkCore;
using Rectify.Contracts;
using Rectify.Contracts.Findings;
using Rectify.Findings.Infrastructure;
using Rectify.ServiceDefaults.Errors;
using Rectify.ServiceDefaults.Hosting;

namespace Rectify.Findings.Model;

public sealed record ClueInput(string Summary, string HandedTo, DateOnly HandedOverOn, string Status, string? Outcome);

/// <summary>
/// Problem clues (问题线索) of an inspection. Callers have checked that the caller is the unit's
/// discipline liaison; every change in the number of clues is published as a count only.
/// </summary>
public sealed class ClueRegister(FindingsDbContext db, TimeProvider time)
{
    public async Task<Clue> AddAsync(Inspection inspection, ClueInput input, string? actor, CancellationToken ct)
    {
        Require(inspection, input);
        var clue = new Clue
        {
            Id = Guid.CreateVersion7(), InspectionId = inspection.Id, Summary = input.Summary.Trim(), HandedTo = input.HandedTo.Trim(),
            HandedOverOn = input.HandedOverOn, Status = input.Status, Outcome = input.Outcome?.Trim(), Version = 1,
        };
        db.Clues.Add(clue);
        await PublishCountAsync(inspection, +1, actor, ct);
        await db.SaveChangesAsync(ct);
        return clue;
    }

    public async Task<Clue> ReviseAsync(Inspection inspection, Guid id, ClueInput input, long? expectedVersion, CancellationToken ct)
    {
        Require(inspection, input);
        var clue = await FindAsync(inspection, id, expectedVersion, ct);
        (clue.Summary, clue.HandedTo, clue.HandedOverOn, clue.Status, clue.Outcome) =
            (input.Summary.Trim(), input.HandedTo.Trim(), input.HandedOverOn, input.Status, input.Outcome?.Trim());
        clue.Version++;
        await db.SaveChangesAsync(ct);
        return clue;
    }

    public async Task WithdrawAsync(Inspection inspection, Guid id, long? expectedVersion, string? actor, CancellationToken ct)
    {
        var clue = await FindAsync(inspection, id, expectedVersion, ct);
        clue.Withdrawn = true;
        clue.Version++;
        await PublishCountAsync(inspection, -1, actor, ct);
        await db.SaveChangesAsync(ct);
    }

    private static void Require(Inspection inspection, ClueInput input)
    {
        if (input.HandedOverOn < inspection.OnSiteStart)
            throw new FieldException("handedOverOn", "A clue is handed over after the team went on site.");
    }

    // The count rides on the inspection's version, so consumers order it with the inspection's other events.
    private async Task PublishCountAsync(Inspection inspection, int change, string? actor, CancellationToken ct)
    {
        var count = await db.Clues.CountAsync(c => c.InspectionId == inspection.Id && !c.Withdrawn, ct) + change;
        inspection.Version++;
        db.Publish(new CluesCounted(EventMeta.New(inspection.Version, actor, time.GetUtcNow()), inspection.Id, inspection.UnitId, count));
    }

    private async Task<Clue> FindAsync(Inspection inspection, Guid id, long? expectedVersion, CancellationToken ct)
    {
        var clue = await db.Clues.FirstOrDefaultAsync(c => c.Id == id && c.InspectionId == inspection.Id && !c.Withdrawn, ct)
            ?? throw new NotFoundException("Clue");
        Versions.Require(expectedVersion, clue.Version, "The clue");
        return clue;
    }
}
