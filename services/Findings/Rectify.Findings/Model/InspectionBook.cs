using Rectify.Contracts;
using Rectify.Contracts.Findings;
using Rectify.Findings.Infrastructure;
using Rectify.ServiceDefaults.Errors;
using Rectify.ServiceDefaults.Time;

namespace Rectify.Findings.Model;

public sealed record InspectionInput(
    Guid UnitId, string Kind, string Issuer, string Team, string Round, string Type, DateOnly OnSiteStart, DateOnly OnSiteEnd);

public sealed record DueDates(DateOnly PlanDue, DateOnly ProgressReportDue, DateOnly PublicNoticeDue);

/// <summary>
/// Registers inspections, moves them through their lifecycle (registered → feedback delivered →
/// rectifying → closed) and keeps their finding trees (InspectionBook.Findings.cs). Every change bumps
/// the inspection's version (a concurrency token, so two edits of one tree cannot interleave) and is
/// saved together with its events in one SaveChanges. Callers check scope first; this checks the
/// domain's rules. The Add*/Apply* methods stage a change without saving, so an import can write a
/// whole inspection in one transaction.
/// </summary>
public sealed partial class InspectionBook(FindingsDbContext db, TimeProvider time, DueDateRules dueDates)
{
    /// <summary>Registers an inspection, with the close-out levels when the office sets them at once (null: the deployment's default).</summary>
    public async Task<Inspection> RegisterAsync(InspectionInput input, string? actor, CancellationToken ct, int? closeOutLevels = null)
    {
        var inspection = AddInspection(input, actor);
        if (closeOutLevels is not null)
            ApplyCloseOutPolicy(inspection, closeOutLevels, [], actor);
        await db.SaveChangesAsync(ct);
        return inspection;
    }

    public Inspection AddInspection(InspectionInput input, string? actor)
    {
        RequirePeriod(input);
        var inspection = new Inspection
        {
            Id = Guid.CreateVersion7(), UnitId = input.UnitId, Kind = input.Kind, Issuer = input.Issuer.Trim(), Team = input.Team.Trim(),
            Round = input.Round.Trim(), Type = input.Type, OnSiteStart = input.OnSiteStart, OnSiteEnd = input.OnSiteEnd,
            Status = InspectionStatuses.Registered, Version = 1,
        };
        db.Inspections.Add(inspection);
        db.Publish(new InspectionRegistered(Meta(inspection, actor), inspection.Id, inspection.UnitId, inspection.Kind, inspection.Issuer,
            inspection.Team, inspection.Round, inspection.Type, inspection.OnSiteStart, inspection.OnSiteEnd));
        return inspection;
    }

    /// <summary>Corrects the registration details; the unit cannot change (register a new inspection instead).</summary>
    public async Task ReviseAsync(Inspection inspection, InspectionInput input, string? actor, CancellationToken ct)
    {
        RequireOpen(inspection);
        if (input.UnitId != inspection.UnitId)
            throw new FieldException("unitId", "An inspection's unit cannot change; withdraw it and register a new one.");
        RequirePeriod(input);
        if (inspection.FeedbackOn is { } feedbackOn && feedbackOn < input.OnSiteStart)
            throw new FieldException("onSiteStart", "The on-site period cannot start after the feedback.");
        (inspection.Kind, inspection.Issuer, inspection.Team, inspection.Round, inspection.Type) =
            (input.Kind, input.Issuer.Trim(), input.Team.Trim(), input.Round.Trim(), input.Type);
        (inspection.OnSiteStart, inspection.OnSiteEnd) = (input.OnSiteStart, input.OnSiteEnd);
        inspection.Version++;
        db.Publish(new InspectionRevised(Meta(inspection, actor), inspection.Id, inspection.UnitId, inspection.Kind, inspection.Issuer,
            inspection.Team, inspection.Round, inspection.Type, inspection.OnSiteStart, inspection.OnSiteEnd));
        await db.SaveChangesAsync(ct);
    }

    /// <summary>Withdraws an inspection registered in error: only before feedback and while its tree is empty.</summary>
    public async Task WithdrawAsync(Inspection inspection, string? actor, CancellationToken ct)
    {
        if (inspection.Status != InspectionStatuses.Registered)
            throw new ForbiddenException("Only an inspection without feedback can be withdrawn.");
        if (db.Findings.Any(f => f.InspectionId == inspection.Id && !f.Withdrawn))
            throw new ForbiddenException("Withdraw the inspection's findings first.");
        inspection.Withdrawn = true;
        inspection.Version++;
        db.Publish(new InspectionWithdrawn(Meta(inspection, actor), inspection.Id, inspection.UnitId));
        await db.SaveChangesAsync(ct);
    }

    /// <summary>
    /// Feedback is delivered once; until rectification starts its date may be corrected by delivering
    /// again. It sets the due dates from the policy of the unit's jurisdiction.
    /// </summary>
    public async Task DeliverFeedbackAsync(Inspection inspection, DateOnly feedbackOn, string jurisdictionPath, string? actor, CancellationToken ct)
    {
        await ApplyFeedbackAsync(inspection, feedbackOn, jurisdictionPath, actor, ct);
        await db.SaveChangesAsync(ct);
    }

    public async Task ApplyFeedbackAsync(Inspection inspection, DateOnly feedbackOn, string jurisdictionPath, string? actor, CancellationToken ct)
    {
        if (inspection.Status is not (InspectionStatuses.Registered or InspectionStatuses.FeedbackDelivered))
            throw new FieldException("feedbackOn", $"Feedback cannot be delivered to an inspection that is {inspection.Status}.");
        if (feedbackOn < inspection.OnSiteStart)
            throw new FieldException("feedbackOn", "Feedback cannot come before the team went on site.");
        inspection.FeedbackOn = feedbackOn;
        inspection.Status = InspectionStatuses.FeedbackDelivered;
        inspection.Version++;
        db.Publish(new FeedbackDelivered(Meta(inspection, actor), inspection.Id, inspection.UnitId, feedbackOn));
        SetDueDates(inspection, await dueDates.ForAsync(jurisdictionPath, feedbackOn, ct), actor);
    }

    /// <summary>The office may set the due dates by hand (e.g. an extension granted for the whole inspection).</summary>
    public async Task ChangeDueDatesAsync(Inspection inspection, DueDates due, string? actor, CancellationToken ct)
    {
        RequireOpen(inspection);
        if (inspection.FeedbackOn is not { } feedbackOn)
            throw new FieldException("planDue", "Due dates follow the feedback; deliver it first.");
        foreach (var (field, date) in new[] { ("planDue", due.PlanDue), ("progressReportDue", due.ProgressReportDue), ("publicNoticeDue", due.PublicNoticeDue) })
            if (date < feedbackOn)
                throw new FieldException(field, "A due date cannot come before the feedback.");
        inspection.Version++;
        SetDueDates(inspection, due, actor);
        await db.SaveChangesAsync(ct);
    }

    /// <summary>The unit starts rectifying (after feedback); an import with stated progress starts it too.</summary>
    public async Task StartRectifyingAsync(Inspection inspection, string? actor, CancellationToken ct)
    {
        ApplyStart(inspection, actor);
        await db.SaveChangesAsync(ct);
    }

    public void ApplyStart(Inspection inspection, string? actor)
    {
        if (inspection.Status != InspectionStatuses.FeedbackDelivered)
            throw new ForbiddenException(inspection.Status == InspectionStatuses.Registered
                ? "Rectification starts after the feedback is delivered."
                : $"The inspection is already {inspection.Status}.");
        inspection.Status = InspectionStatuses.Rectifying;
        inspection.StartedOn = Today;
        inspection.Version++;
        db.Publish(new RectificationStarted(Meta(inspection, actor), inspection.Id, inspection.UnitId, inspection.StartedOn.Value));
    }

    /// <summary>
    /// The office sets who closes the inspection's items: <paramref name="levels"/> 1 (the unit) or 2 (the unit, then the
    /// office), null for the deployment's default; <paramref name="officeReviewed"/> findings of this inspection whose items
    /// the office reviews whatever the level. Stages the change; the caller saves.
    /// </summary>
    public void ApplyCloseOutPolicy(Inspection inspection, int? levels, IReadOnlyList<Guid> officeReviewed, string? actor)
    {
        RequireOpen(inspection);
        if (levels is not (null or 1 or 2))
            throw new FieldException("closeOutLevels", "Close-out levels are 1 (the unit) or 2 (the unit, then the inspection office).");
        var ids = officeReviewed.Distinct().ToList();
        var live = db.Findings.Where(f => f.InspectionId == inspection.Id && !f.Withdrawn && ids.Contains(f.Id)).Select(f => f.Id).ToHashSet();
        if (ids.FirstOrDefault(id => !live.Contains(id)) is var unknown && unknown != Guid.Empty)
            throw new FieldException($"officeReviewedFindingIds[{ids.IndexOf(unknown)}]", "Not a finding of this inspection.");
        (inspection.CloseOutLevels, inspection.OfficeReviewedFindingIds) = (levels, ids);
        inspection.Version++;
        db.Publish(new InspectionCloseOutPolicySet(Meta(inspection, actor), inspection.Id, inspection.UnitId, levels, ids));
    }

    public async Task SetCloseOutPolicyAsync(Inspection inspection, int? levels, IReadOnlyList<Guid> officeReviewed, string? actor, CancellationToken ct)
    {
        ApplyCloseOutPolicy(inspection, levels, officeReviewed, actor);
        await db.SaveChangesAsync(ct);
    }

    public async Task CloseAsync(Inspection inspection, string? actor, CancellationToken ct)
    {
        if (inspection.Status != InspectionStatuses.Rectifying)
            throw new ForbiddenException($"Only an inspection being rectified can be closed; this one is {inspection.Status}.");
        inspection.Status = InspectionStatuses.Closed;
        inspection.ClosedOn = Today;
        inspection.Version++;
        db.Publish(new InspectionClosed(Meta(inspection, actor), inspection.Id, inspection.UnitId, inspection.ClosedOn.Value));
        await db.SaveChangesAsync(ct);
    }

    private void SetDueDates(Inspection inspection, DueDates due, string? actor)
    {
        (inspection.PlanDue, inspection.ProgressReportDue, inspection.PublicNoticeDue) = (due.PlanDue, due.ProgressReportDue, due.PublicNoticeDue);
        db.Publish(new RectificationDueDatesScheduled(Meta(inspection, actor), inspection.Id, inspection.UnitId, inspection.FeedbackOn!.Value,
            due.PlanDue, due.ProgressReportDue, due.PublicNoticeDue));
    }

    private static void RequirePeriod(InspectionInput input)
    {
        if (input.OnSiteEnd < input.OnSiteStart)
            throw new FieldException("onSiteEnd", "The on-site period cannot end before it starts.");
    }

    private static void RequireOpen(Inspection inspection)
    {
        if (inspection.Status == InspectionStatuses.Closed)
            throw new ForbiddenException("The inspection is closed; it can no longer change.");
    }

    private DateOnly Today => time.Today();

    private EventMeta Meta(Inspection inspection, string? actor) => EventMeta.New(inspection.Version, actor, time.GetUtcNow());
}
