using Microsoft.EntityFrameworkCore;
using Rectify.Contracts;
using Rectify.Contracts.Findings;
using Rectify.Findings.Infrastructure;
using Rectify.ServiceDefaults.Errors;

namespace Rectify.Findings.Model;

public sealed record InspectionInput(
    Guid UnitId, string Kind, string Issuer, string Team, string Round, string Type, DateOnly OnSiteStart, DateOnly OnSiteEnd);

public sealed record FindingInput(Guid? ParentId, int Level, string Ordinal, string Title, bool ImmediateFix, decimal? MoneyInvolved, IReadOnlyList<string> Tags);

public sealed record FindingRevision(string Ordinal, string Title, bool ImmediateFix, decimal? MoneyInvolved, IReadOnlyList<string> Tags);

/// <summary>
/// Registers inspections and keeps their finding trees. Every change bumps the inspection's version
/// (a concurrency token, so two edits of one tree cannot interleave) and is saved together with its
/// events in one SaveChanges. Callers check scope first; this checks the domain's rules.
/// </summary>
public sealed class InspectionBook(FindingsDbContext db, TimeProvider time)
{
    public async Task<Inspection> RegisterAsync(InspectionInput input, string? actor, CancellationToken ct)
    {
        if (input.OnSiteEnd < input.OnSiteStart)
            throw new FieldException("onSiteEnd", "The on-site period cannot end before it starts.");
        var inspection = new Inspection
        {
            Id = Guid.CreateVersion7(), UnitId = input.UnitId, Kind = input.Kind, Issuer = input.Issuer.Trim(), Team = input.Team.Trim(),
            Round = input.Round.Trim(), Type = input.Type, OnSiteStart = input.OnSiteStart, OnSiteEnd = input.OnSiteEnd,
            Status = InspectionStatuses.Registered, Version = 1,
        };
        db.Inspections.Add(inspection);
        db.Publish(new InspectionRegistered(Meta(inspection, actor), inspection.Id, inspection.UnitId, inspection.Kind, inspection.Issuer,
            inspection.Team, inspection.Round, inspection.Type, inspection.OnSiteStart, inspection.OnSiteEnd));
        await db.SaveChangesAsync(ct);
        return inspection;
    }

    /// <summary>Feedback is delivered once; while nothing else has happened its date may be corrected by delivering again.</summary>
    public async Task<Inspection> DeliverFeedbackAsync(Inspection inspection, DateOnly feedbackOn, string? actor, CancellationToken ct)
    {
        if (inspection.Status is not (InspectionStatuses.Registered or InspectionStatuses.FeedbackDelivered))
            throw new FieldException("feedbackOn", $"Feedback cannot be delivered to an inspection that is {inspection.Status}.");
        if (feedbackOn < inspection.OnSiteStart)
            throw new FieldException("feedbackOn", "Feedback cannot come before the team went on site.");
        inspection.FeedbackOn = feedbackOn;
        inspection.Status = InspectionStatuses.FeedbackDelivered;
        inspection.Version++;
        db.Publish(new FeedbackDelivered(Meta(inspection, actor), inspection.Id, inspection.UnitId, feedbackOn));
        await db.SaveChangesAsync(ct);
        return inspection;
    }

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
        var finding = new Finding
        {
            Id = Guid.CreateVersion7(), InspectionId = inspection.Id, ParentId = input.ParentId, Level = input.Level, Position = siblings + 1,
            Ordinal = input.Ordinal.Trim(), Title = input.Title.Trim(), ImmediateFix = input.ImmediateFix, MoneyInvolved = input.MoneyInvolved,
            Tags = [.. input.Tags.Select(t => t.Trim()).Where(t => t.Length > 0).Distinct()], Version = 1,
        };
        db.Findings.Add(finding);
        inspection.Version++;
        db.Publish(new FindingRecorded(Meta(inspection, actor), finding.Id, inspection.Id, inspection.UnitId, finding.ParentId, finding.Level,
            finding.Ordinal, finding.Title, finding.ImmediateFix, finding.MoneyInvolved));
        await db.SaveChangesAsync(ct);
        return finding;
    }

    public async Task<Finding> ReviseAsync(Inspection inspection, Guid findingId, FindingRevision revision, string? actor, CancellationToken ct)
    {
        RequireOpen(inspection);
        var finding = await FindingAsync(inspection, findingId, ct);
        finding.Ordinal = revision.Ordinal.Trim();
        finding.Title = revision.Title.Trim();
        finding.ImmediateFix = revision.ImmediateFix;
        finding.MoneyInvolved = revision.MoneyInvolved;
        finding.Tags = [.. revision.Tags.Select(t => t.Trim()).Where(t => t.Length > 0).Distinct()];
        finding.Version++;
        inspection.Version++;
        db.Publish(new FindingRevised(Meta(inspection, actor), finding.Id, inspection.Id, inspection.UnitId, finding.ParentId, finding.Level,
            finding.Ordinal, finding.Title, finding.ImmediateFix, finding.MoneyInvolved));
        await db.SaveChangesAsync(ct);
        return finding;
    }

    /// <summary>Withdraws the finding and its whole subtree (a FindingWithdrawn each, deepest first), so no child is left orphaned.</summary>
    public async Task<IReadOnlyList<Finding>> WithdrawAsync(Inspection inspection, Guid findingId, string? actor, CancellationToken ct)
    {
        RequireOpen(inspection);
        var root = await FindingAsync(inspection, findingId, ct);
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

    private async Task<Finding> FindingAsync(Inspection inspection, Guid findingId, CancellationToken ct) =>
        await db.Findings.FirstOrDefaultAsync(f => f.Id == findingId && f.InspectionId == inspection.Id && !f.Withdrawn, ct)
            ?? throw new NotFoundException("Finding");

    private static void RequireOpen(Inspection inspection)
    {
        if (inspection.Status == InspectionStatuses.Closed)
            throw new ForbiddenException("The inspection is closed; its findings can no longer change.");
    }

    private EventMeta Meta(Inspection inspection, string? actor) => EventMeta.New(inspection.Version, actor, time.GetUtcNow());
}
