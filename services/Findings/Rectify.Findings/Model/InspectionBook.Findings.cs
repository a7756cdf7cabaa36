using Microsoft.EntityFrameworkCore;
using Rectify.Contracts.Findings;
using Rectify.ServiceDefaults.Errors;
using Rectify.ServiceDefaults.Hosting;

namespace Rectify.Findings.Model;

public sealed record FindingInput(Guid? ParentId, int Level, string Ordinal, string Title, bool ImmediateFix, decimal? MoneyInvolved, IReadOnlyList<string> Tags);

public sealed record FindingRevision(string Ordinal, string Title, bool ImmediateFix, decimal? MoneyInvolved, IReadOnlyList<string> Tags);

public sealed partial class InspectionBook
{
    public async Task<Finding> RecordAsync(Inspection inspection, FindingInput input, string? actor, CancellationToken ct)
    {
        RequireOpen(inspection);
        if (input.Level is < 1 or > Finding.MaxLevel)
            throw new FieldException("level", $"A finding's level is 1 (aspect) to {Finding.MaxLevel}.");
        if (input.ParentId is { } parentId)
        {
            var parent = await db.Findings.FirstOrDefaultAsync(f => f.Id == parentId && f.InspectionId == inspection.Id && !f.Withdrawn, ct)
                ?? throw new FieldException("parentId", "No such finding in this inspection.");
            if (input.Level != parent.Level + 1)
                throw new FieldException("level", $"A child of a level {parent.Level} finding has level {parent.Level + 1}.");
        }
        else if (input.Level != 1)
            throw new FieldException("level", "A finding without a parent is an aspect (level 1).");

        var siblings = await db.Findings.CountAsync(f => f.InspectionId == inspection.Id && f.ParentId == input.ParentId, ct);
        var finding = AddFinding(inspection, input, siblings + 1, actor);
        await db.SaveChangesAsync(ct);
        return finding;
    }

    /// <summary>Stages a finding whose parent and level the caller has already checked.</summary>
    public Finding AddFinding(Inspection inspection, FindingInput input, int position, string? actor)
    {
        var finding = new Finding
        {
            Id = Guid.CreateVersion7(), InspectionId = inspection.Id, ParentId = input.ParentId, Level = input.Level, Position = position,
            Ordinal = input.Ordinal.Trim(), Title = input.Title.Trim(), ImmediateFix = input.ImmediateFix, MoneyInvolved = input.MoneyInvolved,
            Tags = CleanTags(input.Tags), Version = 1,
        };
        db.Findings.Add(finding);
        inspection.Version++;
        db.Publish(new FindingRecorded(Meta(inspection, actor), finding.Id, inspection.Id, inspection.UnitId, finding.ParentId, finding.Level,
            finding.Ordinal, finding.Title, finding.ImmediateFix, finding.MoneyInvolved));
        if (finding.Tags.Count > 0)
            db.Publish(new FindingCategorised(Meta(inspection, actor), finding.Id, inspection.Id, inspection.UnitId, finding.Tags));
        return finding;
    }

    public async Task<Finding> ReviseFindingAsync(Inspection inspection, Guid findingId, FindingRevision revision, long? expectedVersion,
        string? actor, CancellationToken ct)
    {
        RequireOpen(inspection);
        var finding = await FindingAsync(inspection, findingId, expectedVersion, ct);
        var tags = CleanTags(revision.Tags);
        var retagged = !tags.SequenceEqual(finding.Tags);
        finding.Ordinal = revision.Ordinal.Trim();
        finding.Title = revision.Title.Trim();
        finding.ImmediateFix = revision.ImmediateFix;
        finding.MoneyInvolved = revision.MoneyInvolved;
        finding.Tags = tags;
        finding.Version++;
        inspection.Version++;
        db.Publish(new FindingRevised(Meta(inspection, actor), finding.Id, inspection.Id, inspection.UnitId, finding.ParentId, finding.Level,
            finding.Ordinal, finding.Title, finding.ImmediateFix, finding.MoneyInvolved));
        if (retagged)
            db.Publish(new FindingCategorised(Meta(inspection, actor), finding.Id, inspection.Id, inspection.UnitId, finding.Tags));
        await db.SaveChangesAsync(ct);
        return finding;
    }

    /// <summary>Withdraws the finding and its whole subtree (a FindingWithdrawn each, deepest first), so no child is left orphaned.</summary>
    public async Task<IReadOnlyList<Finding>> WithdrawFindingAsync(Inspection inspection, Guid findingId, long? expectedVersion, string? actor,
        CancellationToken ct)
    {
        RequireOpen(inspection);
        var root = await FindingAsync(inspection, findingId, expectedVersion, ct);
        var all = await db.Findings.Where(f => f.InspectionId == inspection.Id && !f.Withdrawn).ToListAsync(ct);
        var children = all.ToLookup(f => f.ParentId);
        var subtree = new List<Finding>();
        var pending = new Stack<Finding>([root]);
        while (pending.TryPop(out var next))
        {
            subtree.Add(next);
            foreach (var child in children[next.Id])
                pending.Push(child);
        }
        inspection.Version++;
        foreach (var finding in subtree.OrderByDescending(f => f.Level))
        {
            finding.Withdrawn = true;
            finding.Version++;
            db.Publish(new FindingWithdrawn(Meta(inspection, actor), finding.Id, inspection.Id, inspection.UnitId, finding.ParentId));
        }
        await db.SaveChangesAsync(ct);
        return subtree;
    }

    /// <summary>
    /// Marks a finding as a recurrence (边改边犯, found again by a 回头看) of a finding of an earlier
    /// inspection of the same unit, or removes the mark (<paramref name="earlierFindingId"/> null).
    /// </summary>
    public async Task<Finding> LinkRecurrenceAsync(Inspection inspection, Guid findingId, Guid? earlierFindingId, long? expectedVersion,
        string? actor, CancellationToken ct)
    {
        RequireOpen(inspection);
        var finding = await FindingAsync(inspection, findingId, expectedVersion, ct);
        Guid? earlierInspectionId = null;
        if (earlierFindingId is { } earlierId)
        {
            var earlier = await (from f in db.Findings
                                 join i in db.Inspections on f.InspectionId equals i.Id
                                 where f.Id == earlierId && !f.Withdrawn && !i.Withdrawn
                                 select new { f.InspectionId, i.UnitId, i.OnSiteStart }).FirstOrDefaultAsync(ct);
            if (earlier is null || earlier.UnitId != inspection.UnitId)
                throw new FieldException("earlierFindingId", "No such finding among this unit's inspections.");
            if (earlier.InspectionId == inspection.Id || earlier.OnSiteStart >= inspection.OnSiteStart)
                throw new FieldException("earlierFindingId", "A recurrence repeats a finding of an earlier inspection.");
            earlierInspectionId = earlier.InspectionId;
        }
        finding.RecurrenceOfFindingId = earlierFindingId;
        finding.Version++;
        inspection.Version++;
        db.Publish(new FindingRecurrenceLinked(Meta(inspection, actor), finding.Id, inspection.Id, inspection.UnitId, earlierFindingId, earlierInspectionId));
        await db.SaveChangesAsync(ct);
        return finding;
    }

    private async Task<Finding> FindingAsync(Inspection inspection, Guid findingId, long? expectedVersion, CancellationToken ct)
    {
        var finding = await db.Findings.FirstOrDefaultAsync(f => f.Id == findingId && f.InspectionId == inspection.Id && !f.Withdrawn, ct)
            ?? throw new NotFoundException("Finding");
        Versions.Require(expectedVersion, finding.Version, "The finding");
        return finding;
    }

    private static List<string> CleanTags(IEnumerable<string> tags) => [.. tags.Select(t => t.Trim()).Where(t => t.Length > 0).Distinct()];
}
