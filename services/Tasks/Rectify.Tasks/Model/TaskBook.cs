using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Rectify.Contracts;
using Rectify.Contracts.Tasks;
using Rectify.ServiceDefaults.Errors;
using Rectify.Tasks.Infrastructure;

namespace Rectify.Tasks.Model;

/// <summary>Who did it: the account id (token subject) and the display name at the time.</summary>
public sealed record Actor(string? Id, string? Name);

public sealed record PlanInput(
    string Measures, string Kind, Guid? ResponsibleLeaderId, string? ResponsibleLeader, string? ResponsibleDepartment, Guid? ResponsiblePersonId,
    DateOnly? Deadline);

public sealed record AssignmentInput(Guid? ResponsibleLeaderId, string? ResponsibleLeader, string? ResponsibleDepartment, Guid? ResponsiblePersonId);

/// <summary>
/// Plans tasks and moves them through their states. Every change writes its audit rows and its event
/// (one task version per event) in the same SaveChanges. Callers check scope and rights first; this
/// checks the state machine and the domain's rules, and throws before anything is written.
/// </summary>
public sealed partial class TaskBook(TasksDbContext db, TimeProvider time, IOptions<TasksOptions> options)
{
    private TasksOptions Options => options.Value;

    public async Task<RectificationTask> PlanAsync(FindingReplica finding, PlanInput input, Actor actor, CancellationToken ct)
    {
        if (!TaskKinds.All.Contains(input.Kind))
            throw new FieldException("kind", "Kind is immediate, time_limited or sustained.");
        if (input.Deadline is null && input.Kind != TaskKinds.Sustained)
            throw new FieldException("deadline", "Only a sustained (长期坚持) task may go without a deadline.");
        var leader = await PersonAsync(input.ResponsibleLeaderId, finding.UnitId, "responsibleLeaderId", ct);
        var person = await PersonAsync(input.ResponsiblePersonId, finding.UnitId, "responsiblePersonId", ct);
        var task = new RectificationTask
        {
            Id = Guid.CreateVersion7(), FindingId = finding.FindingId, InspectionId = finding.InspectionId, UnitId = finding.UnitId,
            Measures = input.Measures.Trim(), Kind = input.Kind, State = TaskStates.Planned,
            ResponsibleLeaderId = leader?.PersonId, ResponsibleLeader = leader?.Name ?? Trimmed(input.ResponsibleLeader),
            ResponsibleDepartment = Trimmed(input.ResponsibleDepartment),
            ResponsiblePersonId = person?.PersonId, ResponsiblePerson = person?.Name,
            OriginalDeadline = input.Deadline, Deadline = input.Deadline, DeadlineVersion = input.Deadline is null ? 0 : 1,
            CreatedAt = time.GetUtcNow(),
        };
        db.Tasks.Add(task);
        AuditPlanned(task, actor, "planned", null);
        db.Publish(new TaskPlanned(Next(task, actor), await SnapshotAsync(task, ct), null));
        await db.SaveChangesAsync(ct);
        return task;
    }

    public async Task AssignAsync(RectificationTask task, AssignmentInput input, Actor actor, CancellationToken ct)
    {
        TaskStateMachine.Require(task, TaskAction.Assign);
        var leader = await PersonAsync(input.ResponsibleLeaderId, task.UnitId, "responsibleLeaderId", ct);
        var person = await PersonAsync(input.ResponsiblePersonId, task.UnitId, "responsiblePersonId", ct);
        var (previousLeader, previousPerson) = (task.ResponsibleLeaderId, task.ResponsiblePersonId);
        var changed = Change(task, actor, "responsible_leader", task.ResponsibleLeader, leader?.Name ?? Trimmed(input.ResponsibleLeader), v => task.ResponsibleLeader = v)
            | Change(task, actor, "responsible_leader_id", task.ResponsibleLeaderId?.ToString(), leader?.PersonId.ToString(), _ => task.ResponsibleLeaderId = leader?.PersonId)
            | Change(task, actor, "responsible_department", task.ResponsibleDepartment, Trimmed(input.ResponsibleDepartment), v => task.ResponsibleDepartment = v)
            | Change(task, actor, "responsible_person", task.ResponsiblePerson, person?.Name, v => task.ResponsiblePerson = v)
            | Change(task, actor, "responsible_person_id", task.ResponsiblePersonId?.ToString(), person?.PersonId.ToString(), _ => task.ResponsiblePersonId = person?.PersonId);
        if (!changed)
            return;
        db.Publish(new TaskAssigned(Next(task, actor), await SnapshotAsync(task, ct), previousLeader, previousPerson));
        await db.SaveChangesAsync(ct);
    }

    /// <summary>
    /// Corrects the measures or the kind of an open task (not while its close-out is reviewed). Only a sustained
    /// (长期坚持) task may go without a deadline, so a task without one gets a deadline before it changes to another kind
    /// (imported tasks may lack one whatever their kind; correcting their measures alone is fine).
    /// </summary>
    public async Task ReviseAsync(RectificationTask task, string measures, string kind, Actor actor, CancellationToken ct)
    {
        TaskStateMachine.Require(task, TaskAction.Revise);
        if (!TaskKinds.All.Contains(kind))
            throw new FieldException("kind", "Kind is immediate, time_limited or sustained.");
        if (kind != task.Kind && kind != TaskKinds.Sustained && task.Deadline is null)
            throw new FieldException("kind", "Only a sustained (长期坚持) task may go without a deadline: set its deadline first.");
        var (previousMeasures, previousKind) = (task.Measures, task.Kind);
        var changed = Change(task, actor, "measures", task.Measures, measures.Trim(), v => task.Measures = v!, "revised")
            | Change(task, actor, "kind", task.Kind, kind, v => task.Kind = v!, "revised");
        if (!changed)
            return;
        db.Publish(new TaskRevised(Next(task, actor), await SnapshotAsync(task, ct), previousMeasures, previousKind));
        await db.SaveChangesAsync(ct);
    }

    /// <summary>A direct change by whoever approves extensions: they are requester and approver at once.</summary>
    public async Task ChangeDeadlineAsync(RectificationTask task, DateOnly deadline, string reason, Actor actor, CancellationToken ct)
    {
        TaskStateMachine.Require(task, TaskAction.ChangeDeadline);
        if (task.Deadline == deadline)
            throw new FieldException("deadline", "That is already the deadline.");
        await ReviseDeadlineAsync(task, deadline, reason.Trim(), actor, actor, null, ct);
        await db.SaveChangesAsync(ct);
    }

    public async Task<ExtensionRequest> RequestExtensionAsync(RectificationTask task, DateOnly proposed, string reason, Actor actor, CancellationToken ct)
    {
        TaskStateMachine.Require(task, TaskAction.RequestExtension);
        if (task.Deadline is { } current && proposed <= current)
            throw new FieldException("deadline", "An extension moves the deadline later.");
        if (await db.ExtensionRequests.AnyAsync(r => r.TaskId == task.Id && r.Status == RequestStatuses.Pending, ct))
            throw new TaskConflictException("An extension request for this task is already waiting for a decision.");
        var request = new ExtensionRequest
        {
            Id = Guid.CreateVersion7(), TaskId = task.Id, ProposedDeadline = proposed, Reason = reason.Trim(), RequestedBy = actor.Id,
            RequestedByName = actor.Name, RequestedAt = time.GetUtcNow(), Status = RequestStatuses.Pending,
        };
        db.ExtensionRequests.Add(request);
        Audit(task, actor, "extension_requested", "deadline", Text(task.Deadline), Text(proposed), request.Reason);
        db.Publish(new ExtensionRequested(Next(task, actor), await SnapshotAsync(task, ct), request.Id, proposed, request.Reason,
            Options.OfficeApprovesExtensions ? TasksOptions.Office : TasksOptions.Unit));
        await db.SaveChangesAsync(ct);
        return request;
    }

    /// <summary>Approves (with the deadline granted: the one proposed when <c>granted</c> is null) or rejects an extension.</summary>
    public async Task DecideExtensionAsync(RectificationTask task, Guid requestId, bool approve, string? reason, DateOnly? granted, Actor actor, CancellationToken ct)
    {
        TaskStateMachine.Require(task, TaskAction.DecideExtension);
        var request = await db.ExtensionRequests.FirstOrDefaultAsync(r => r.Id == requestId && r.TaskId == task.Id, ct)
            ?? throw new NotFoundException("Extension request");
        if (request.Status != RequestStatuses.Pending)
            throw new TaskConflictException($"The extension request was already {request.Status}.");
        if (!approve && string.IsNullOrWhiteSpace(reason))
            throw new FieldException("reason", "Say why the extension is turned down.");
        var deadline = granted ?? request.ProposedDeadline;
        if (approve && task.Deadline is { } current && deadline <= current)
            throw new FieldException("deadline", "An extension moves the deadline later.");
        request.Status = approve ? RequestStatuses.Approved : RequestStatuses.Rejected;
        request.DecidedBy = actor.Id;
        request.DecidedByName = actor.Name;
        request.DecidedAt = time.GetUtcNow();
        request.DecisionReason = Trimmed(reason);
        if (approve)
            request.GrantedDeadline = deadline;
        if (approve)
            await ReviseDeadlineAsync(task, deadline, deadline == request.ProposedDeadline ? request.Reason : $"{request.Reason}（批准至 {Text(deadline)}，申请 {Text(request.ProposedDeadline)}）", new Actor(request.RequestedBy, request.RequestedByName), actor, request.Id, ct);
        else
        {
            Audit(task, actor, "extension_rejected", "deadline", Text(request.ProposedDeadline), Text(task.Deadline), request.DecisionReason);
            db.Publish(new ExtensionRejected(Next(task, actor), await SnapshotAsync(task, ct), request.Id, request.DecisionReason!));
        }
        await db.SaveChangesAsync(ct);
    }

    public async Task<ProgressEntry> ReportProgressAsync(
        RectificationTask task, DateOnly reportedOn, string narrative, IReadOnlyList<OutcomeFigure> figures, Actor actor, CancellationToken ct)
    {
        TaskStateMachine.Require(task, TaskAction.ReportProgress);
        var position = await db.ProgressEntries.CountAsync(p => p.TaskId == task.Id, ct) + 1;
        var entry = AddProgress(task, position, reportedOn, narrative.Trim(), actor);
        // The first report starts the work; a check-in on a completed sustained item leaves it completed.
        if (task.State == TaskStates.Planned)
            SetState(task, TaskStates.InProgress, actor, "progress_reported");
        db.Publish(new TaskProgressReported(Next(task, actor), await SnapshotAsync(task, ct), entry.Id, reportedOn, entry.Narrative));
        if (figures.Count > 0)
            await AddOutcomesAsync(task, figures, entry.Id, actor, ct);
        await db.SaveChangesAsync(ct);
        return entry;
    }

    public async Task RecordOutcomesAsync(RectificationTask task, IReadOnlyList<OutcomeFigure> figures, Actor actor, CancellationToken ct)
    {
        TaskStateMachine.Require(task, TaskAction.RecordOutcome);
        if (figures.Count == 0)
            throw new FieldException("figures", "Record at least one figure.");
        await AddOutcomesAsync(task, figures, null, actor, ct);
        await db.SaveChangesAsync(ct);
    }

    public async Task<CloseOutRequest> RequestCloseOutAsync(
        RectificationTask task, string? note, IReadOnlyList<Guid>? evidenceIds, Actor actor, CancellationToken ct)
    {
        TaskStateMachine.Require(task, TaskAction.RequestCloseOut);
        var evidence = await CloseOutEvidenceAsync(task, evidenceIds, ct);
        var request = new CloseOutRequest
        {
            Id = Guid.CreateVersion7(), TaskId = task.Id, Note = Trimmed(note), RequestedBy = actor.Id, RequestedByName = actor.Name,
            RequestedAt = time.GetUtcNow(), Status = RequestStatuses.Pending,
        };
        db.CloseOutRequests.Add(request);
        db.CloseOutEvidence.AddRange(evidence.Select(e => new Evidence.CloseOutEvidence { RequestId = request.Id, EvidenceId = e }));
        task.PendingCloseOutId = request.Id;
        task.PendingReviewLevel = 1;
        task.ReturnReason = null;
        SetState(task, TaskStates.Submitted, actor, "close_out_requested", request.Note);
        db.Publish(new CloseOutRequested(Next(task, actor), await SnapshotAsync(task, ct), request.Id, request.Note, 1));
        await db.SaveChangesAsync(ct);
        return request;
    }

    /// <summary>Reviews the pending close-out at the level it waits for; the caller has checked the reviewer holds that level.</summary>
    public async Task ReviewCloseOutAsync(RectificationTask task, bool approve, string? reason, Actor actor, CancellationToken ct)
    {
        TaskStateMachine.Require(task, TaskAction.ReviewCloseOut);
        if (!approve && string.IsNullOrWhiteSpace(reason))
            throw new FieldException("reason", "Say why the close-out is sent back.");
        var request = await db.CloseOutRequests.SingleAsync(r => r.Id == task.PendingCloseOutId, ct);
        var level = task.PendingReviewLevel ?? 1;
        var levels = await LevelsAsync(task, ct);
        db.CloseOutReviews.Add(new CloseOutReview
        {
            Id = Guid.CreateVersion7(), RequestId = request.Id, TaskId = task.Id, Level = level, Approved = approve, Reason = Trimmed(reason),
            Reviewer = actor.Id, ReviewerName = actor.Name, At = time.GetUtcNow(),
        });
        if (!approve)
        {
            request.Status = RequestStatuses.Returned;
            task.PendingCloseOutId = null;
            task.PendingReviewLevel = null;
            task.ReturnReason = reason!.Trim();
            SetState(task, TaskStates.InProgress, actor, "close_out_returned", task.ReturnReason);
            db.Publish(new TaskReturned(Next(task, actor), await SnapshotAsync(task, ct), request.Id, level, task.ReturnReason));
        }
        else if (level < levels)
        {
            task.PendingReviewLevel = level + 1;
            Audit(task, actor, "close_out_approved", "review_level", level.ToString(), (level + 1).ToString(), Trimmed(reason));
            db.Publish(new CloseOutApproved(Next(task, actor), await SnapshotAsync(task, ct), request.Id, level, level + 1));
        }
        else
        {
            request.Status = RequestStatuses.Approved;
            task.PendingCloseOutId = null;
            task.PendingReviewLevel = null;
            Close(task, Options.Today(time), actor, "close_out_approved", Trimmed(reason));
            db.Publish(new TaskClosed(Next(task, actor), await SnapshotAsync(task, ct), request.Id));
        }
        await db.SaveChangesAsync(ct);
    }

    /// <summary>The close-out levels of the task under its inspection's policy (deployment default when it set none).</summary>
    public async Task<int> LevelsAsync(RectificationTask task, CancellationToken ct)
    {
        var inspection = await db.Inspections.AsNoTracking().FirstOrDefaultAsync(i => i.InspectionId == task.InspectionId, ct);
        return Math.Clamp(inspection?.LevelsFor(task.FindingId, Options.CloseOutLevels) ?? Options.CloseOutLevels, 1, 2);
    }

    /// <summary>
    /// The inspection office lifts the deadline lock (到期锁定) for the current deadline version; the caller has checked
    /// it is the office. Only a locked task can be unlocked (409 otherwise).
    /// </summary>
    public async Task UnlockAsync(RectificationTask task, string reason, Actor actor, CancellationToken ct)
    {
        if (!DeadlineLock.IsLocked(task, Options.Today(time)))
            throw new TaskConflictException("The task is not locked: its deadline has not passed, it is not open, or it was already unlocked.");
        task.UnlockReason = reason.Trim();
        Change(task, actor, "unlocked_deadline_version", task.UnlockedDeadlineVersion?.ToString(), task.DeadlineVersion.ToString(),
            _ => task.UnlockedDeadlineVersion = task.DeadlineVersion, "unlocked", task.UnlockReason);
        db.Publish(new TaskUnlocked(Next(task, actor), await SnapshotAsync(task, ct), task.UnlockReason));
        await db.SaveChangesAsync(ct);
    }

    public async Task ReopenAsync(RectificationTask task, string reason, Actor actor, CancellationToken ct)
    {
        TaskStateMachine.Require(task, TaskAction.Reopen);
        Change(task, actor, "closed_on", Text(task.ClosedOn), null, _ => task.ClosedOn = null, "reopened");
        SetState(task, TaskStates.InProgress, actor, "reopened", reason.Trim());
        db.Publish(new TaskReopened(Next(task, actor), await SnapshotAsync(task, ct), reason.Trim()));
        await db.SaveChangesAsync(ct);
    }

    /// <summary>
    /// A task from an imported notice: the stated state, the measures as its progress history dated
    /// <c>ReportedOn</c>, and the responsible texts kept as written when no person matches. Does not
    /// save: the consumer commits it with its inbox row.
    /// </summary>
    public async Task ImportAsync(Rectify.Contracts.Findings.FindingProgressImported message, CancellationToken ct)
    {
        var actor = new Actor(message.Meta.Actor, "导入");
        var finding = await db.Findings.AsNoTracking().FirstOrDefaultAsync(f => f.FindingId == message.FindingId, ct);
        var leader = await ImportedProgress.MatchPersonAsync(db, message.UnitId, message.ResponsibleLeader, ct);
        var state = ImportedProgress.State(message.StatedState);
        var deadline = ImportedProgress.Deadline(message.DeadlineText, message.ReportedOn);
        var reportedOn = message.ReportedOn ?? DateOnly.FromDateTime(message.Meta.OccurredAt.UtcDateTime);
        var measures = message.Measures.Select(m => m.Trim()).Where(m => m.Length > 0).ToList();
        var task = new RectificationTask
        {
            Id = Guid.CreateVersion7(), FindingId = message.FindingId, InspectionId = message.InspectionId, UnitId = message.UnitId,
            Measures = Cap(string.Join("\n", measures), 4000), Kind = ImportedProgress.Kind(message.StatedState, message.DeadlineText, finding?.ImmediateFix ?? false),
            State = TaskStates.Planned, ResponsibleLeaderId = leader?.PersonId, ResponsibleLeader = leader?.Name ?? Cap(Trimmed(message.ResponsibleLeader), 200),
            ResponsibleDepartment = Cap(Trimmed(message.ResponsibleDepartment), 200), OriginalDeadline = deadline, Deadline = deadline,
            DeadlineText = Cap(Trimmed(message.DeadlineText), 100), DeadlineVersion = deadline is null ? 0 : 1, ImportId = message.ImportId,
            CreatedAt = time.GetUtcNow(),
        };
        db.Tasks.Add(task);
        AuditPlanned(task, actor, "imported", message.StatusText);
        if (state != TaskStates.Planned)
            SetState(task, state == TaskStates.Closed && task.Kind == TaskKinds.Sustained ? TaskStates.CompletedSustained : state, actor, "imported", message.StatusText);
        if (task.IsClosed)
            Change(task, actor, "closed_on", null, Text(reportedOn), _ => task.ClosedOn = reportedOn, "imported");
        // Every event carries the final state: the history arrives with its versions, the state is what the notice said.
        db.Publish(new TaskPlanned(Next(task, actor), await SnapshotAsync(task, ct), message.ImportId));
        foreach (var (measure, index) in measures.Select((m, i) => (m, i)))
        {
            var entry = AddProgress(task, index + 1, reportedOn, measure, actor);
            db.Publish(new TaskProgressReported(Next(task, actor), await SnapshotAsync(task, ct), entry.Id, reportedOn, entry.Narrative));
        }
        if (task.IsClosed)
            db.Publish(new TaskClosed(Next(task, actor), await SnapshotAsync(task, ct), null));
    }

    private async Task ReviseDeadlineAsync(RectificationTask task, DateOnly deadline, string reason, Actor requestedBy, Actor approvedBy, Guid? requestId, CancellationToken ct)
    {
        var previous = task.Deadline;
        task.Deadline = deadline;
        task.OriginalDeadline ??= deadline;
        task.DeadlineVersion++;
        db.DeadlineRevisions.Add(new DeadlineRevision
        {
            Id = Guid.CreateVersion7(), TaskId = task.Id, Version = task.DeadlineVersion, From = previous, To = deadline, Reason = reason,
            RequestedBy = requestedBy.Id, RequestedByName = requestedBy.Name, ApprovedBy = approvedBy.Id, ApprovedByName = approvedBy.Name,
            ExtensionRequestId = requestId, At = time.GetUtcNow(),
        });
        Audit(task, approvedBy, requestId is null ? "deadline_changed" : "extension_approved", "deadline", Text(previous), Text(deadline), reason);
        db.Publish(new TaskDeadlineChanged(Next(task, approvedBy), await SnapshotAsync(task, ct), previous, reason, requestedBy.Id, approvedBy.Id));
    }

    private ProgressEntry AddProgress(RectificationTask task, int position, DateOnly reportedOn, string narrative, Actor actor)
    {
        var entry = new ProgressEntry
        {
            Id = Guid.CreateVersion7(), TaskId = task.Id, Position = position, ReportedOn = reportedOn, Narrative = narrative, Actor = actor.Id, ActorName = actor.Name,
            At = time.GetUtcNow(),
        };
        db.ProgressEntries.Add(entry);
        Audit(task, actor, "progress_reported", "progress", null, Text(reportedOn), Cap(narrative, 2000));
        return entry;
    }

    /// <summary>
    /// Removes an outcome figure recorded in error (a typo in an amount, a talk entered twice). The audit trail
    /// keeps what it said and why it went; the totals are published again without it.
    /// </summary>
    public async Task RemoveOutcomeAsync(RectificationTask task, Guid outcomeId, string reason, Actor actor, CancellationToken ct)
    {
        TaskStateMachine.Require(task, TaskAction.RecordOutcome);
        var outcome = await db.Outcomes.FirstOrDefaultAsync(o => o.Id == outcomeId && o.TaskId == task.Id, ct)
            ?? throw new NotFoundException("Outcome figure");
        db.Outcomes.Remove(outcome);
        Audit(task, actor, "outcome_removed", outcome.Kind, Outcomes.Describe(outcome), null, reason.Trim());
        var remaining = await db.Outcomes.Where(o => o.TaskId == task.Id && o.Id != outcomeId).ToListAsync(ct);
        db.Publish(new OutcomeFigureRemoved(Next(task, actor), await SnapshotAsync(task, ct), outcomeId, reason.Trim(), Outcomes.Total(remaining)));
        await db.SaveChangesAsync(ct);
    }

    private async Task AddOutcomesAsync(RectificationTask task, IReadOnlyList<OutcomeFigure> figures, Guid? entryId, Actor actor, CancellationToken ct)
    {
        var added = figures.Select(f => new Outcome
        {
            Id = Guid.CreateVersion7(), TaskId = task.Id, ProgressEntryId = entryId, Kind = f.Kind, Title = Trimmed(f.Title), TalkKind = Trimmed(f.TalkKind),
            People = f.People, Batches = f.Batches, Amount = f.Amount, Actor = actor.Id, At = time.GetUtcNow(),
        }).ToList();
        foreach (var outcome in added)
        {
            db.Outcomes.Add(outcome);
            Audit(task, actor, "outcome_recorded", outcome.Kind, null, Outcomes.Describe(outcome), null);
        }
        var earlier = await db.Outcomes.Where(o => o.TaskId == task.Id).ToListAsync(ct);
        db.Publish(new OutcomeRecorded(Next(task, actor), await SnapshotAsync(task, ct), figures, Outcomes.Total(earlier.Concat(added))));
    }

    private void Close(RectificationTask task, DateOnly on, Actor actor, string action, string? note)
    {
        task.ClosedOn = on;
        SetState(task, task.Kind == TaskKinds.Sustained ? TaskStates.CompletedSustained : TaskStates.Closed, actor, action, note);
    }

    private void SetState(RectificationTask task, string state, Actor actor, string action, string? note = null) =>
        Change(task, actor, "state", task.State, state, v => task.State = v!, action, note);

    private void AuditPlanned(RectificationTask task, Actor actor, string action, string? note)
    {
        Audit(task, actor, action, "measures", null, Cap(task.Measures, 4000), note);
        Audit(task, actor, action, "kind", null, task.Kind, null);
        Audit(task, actor, action, "state", null, task.State, null);
        foreach (var (field, value) in new[]
                 {
                     ("responsible_leader", task.ResponsibleLeader), ("responsible_leader_id", task.ResponsibleLeaderId?.ToString()),
                     ("responsible_department", task.ResponsibleDepartment), ("responsible_person", task.ResponsiblePerson),
                     ("responsible_person_id", task.ResponsiblePersonId?.ToString()), ("deadline", Text(task.Deadline)), ("deadline_text", task.DeadlineText),
                 })
            if (value is not null)
                Audit(task, actor, action, field, null, value, null);
    }

    /// <summary>Sets a field and audits it when the value differs; returns whether it did.</summary>
    private bool Change(RectificationTask task, Actor actor, string field, string? from, string? to, Action<string?> set, string action = "assigned", string? note = null)
    {
        if (from == to)
            return false;
        set(to);
        Audit(task, actor, action, field, from, to, note);
        return true;
    }

    private void Audit(RectificationTask task, Actor actor, string action, string? field, string? from, string? to, string? note) =>
        db.Audit.Add(new AuditEntry
        {
            TaskId = task.Id, InspectionId = task.InspectionId, UnitId = task.UnitId, At = time.GetUtcNow(), Actor = actor.Id, ActorName = actor.Name,
            Action = action, Field = field, From = from, To = to, Note = Cap(note, 2000),
        });

    private async Task<PersonReplica?> PersonAsync(Guid? personId, Guid unitId, string field, CancellationToken ct)
    {
        if (personId is not { } id)
            return null;
        return await db.People.AsNoTracking().FirstOrDefaultAsync(p => p.PersonId == id && p.UnitId == unitId, ct)
            ?? throw new FieldException(field, "No such person in the task's unit.");
    }

    /// <summary>One version per event, so a consumer that keeps the latest version never drops one of several events of one change.</summary>
    private EventMeta Next(RectificationTask task, Actor actor)
    {
        task.Version++;
        return EventMeta.New(task.Version, actor.Id, time.GetUtcNow());
    }

    private async Task<TaskSnapshot> SnapshotAsync(RectificationTask task, CancellationToken ct)
    {
        var path = await db.Units.AsNoTracking().Where(u => u.UnitId == task.UnitId).Select(u => u.JurisdictionPath).FirstOrDefaultAsync(ct) ?? "";
        var tags = await db.Findings.AsNoTracking().Where(f => f.FindingId == task.FindingId).Select(f => f.Tags).FirstOrDefaultAsync(ct) ?? [];
        return Snapshots.Of(task, path, tags);
    }

    internal static string? Text(DateOnly? date) => date?.ToString("yyyy-MM-dd");

    private static string? Trimmed(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    [return: System.Diagnostics.CodeAnalysis.NotNullIfNotNull(nameof(text))]
    private static string? Cap(string? text, int length) => text is null || text.Length <= length ? text : text[..length];
}
