namespace Rectify.Web.Api;

/// <summary>
/// A task (整改任务) as the tasks service answers it (docs/tasks.md). Dates are yyyy-MM-dd as written by the API;
/// overdue, working days left and the light (green/yellow/red/none) are derived there, never here.
/// </summary>
public sealed record TaskSummary(
    string Id, string FindingId, string InspectionId, string UnitId, string Measures, string Kind, string State,
    string? ResponsibleLeaderId, string? ResponsibleLeader, string? ResponsibleDepartment, string? ResponsiblePersonId, string? ResponsiblePerson,
    string? OriginalDeadline, string? Deadline, string? DeadlineText, int DeadlineVersion, bool Overdue, int? WorkingDaysLeft, string Light,
    int? PendingReviewLevel, string? ReturnReason, string? ClosedOn, bool Imported, long Version,
    bool Locked = false, bool CompletedLate = false, string? UnlockReason = null);

/// <summary>GET /api/tasks/{id}.</summary>
public sealed record TaskDetail(
    TaskSummary Task, string? FindingOrdinal, string? FindingTitle, IReadOnlyList<ProgressEntry> Progress, IReadOnlyList<OutcomeFigure> Outcomes,
    OutcomeTotals? OutcomeTotals, IReadOnlyList<DeadlineRevision> DeadlineRevisions, IReadOnlyList<ExtensionRequest> ExtensionRequests,
    IReadOnlyList<CloseOutView> CloseOuts, IReadOnlyList<AuditEntry> Audit);

public sealed record ProgressEntry(string Id, string ReportedOn, int Position, string Narrative, string? ActorName, DateTimeOffset At);

public sealed record OutcomeFigure(string Id, string Kind, string? Title, string? TalkKind, int? People, int? Batches, decimal? Amount, DateTimeOffset At);

public sealed record OutcomeTotals(
    int RulesMade, int RulesRevised, int TalkPeople, int TalkBatches, decimal MoneyReturned, decimal MoneyRecovered, int PeopleHeldAccountable);

public sealed record DeadlineRevision(
    string Id, int Version, string? From, string To, string Reason, string? RequestedByName, string? ApprovedByName, string? ExtensionRequestId, DateTimeOffset At);

/// <summary>延期申请: status pending, approved or rejected.</summary>
public sealed record ExtensionRequest(
    string Id, string ProposedDeadline, string Reason, string? RequestedByName, DateTimeOffset RequestedAt, string Status,
    string? DecidedByName, DateTimeOffset? DecidedAt, string? DecisionReason, string? GrantedDeadline = null);

public sealed record CloseOutView(CloseOutRequest Request, IReadOnlyList<CloseOutReview> Reviews);

/// <summary>销号申请: status pending, approved or returned.</summary>
public sealed record CloseOutRequest(string Id, string? Note, string? RequestedByName, DateTimeOffset RequestedAt, string Status);

public sealed record CloseOutReview(string Id, int Level, bool Approved, string? Reason, string? ReviewerName, DateTimeOffset At);

public sealed record AuditEntry(
    long Id, string TaskId, DateTimeOffset At, string? ActorName, string Action, string? Field, string? From, string? To, string? Note);

/// <summary>GET /api/tasks/inspections/{id}/plan: the live findings in tree order (depth first), each with its tasks.</summary>
public sealed record TaskPlan(
    string InspectionId, string UnitId, string UnitName, string Team, string Round, string? FeedbackOn, string? PlanDue, string? ClosedOn,
    IReadOnlyList<PlanFinding> Findings);

public sealed record PlanFinding(
    string Id, string? ParentId, int Level, string Ordinal, string Title, bool ImmediateFix, IReadOnlyList<string>? Tags, IReadOnlyList<TaskSummary> Tasks);

/// <summary>POST /api/tasks body.</summary>
public sealed record NewTask(
    string? FindingId, string? Measures, string? Kind, string? ResponsibleLeaderId, string? ResponsibleLeader, string? ResponsibleDepartment,
    string? ResponsiblePersonId, string? Deadline);

/// <summary>PUT /api/tasks/{id}/assignment body: replaces the three responsibles (an absent one is cleared).</summary>
public sealed record TaskAssignment(string? ResponsibleLeaderId, string? ResponsibleLeader, string? ResponsibleDepartment, string? ResponsiblePersonId);

/// <summary>One outcome figure to record (kind rule_made, rule_revised, talk, money_returned, money_recovered, accountability).</summary>
public sealed record NewFigure(string Kind, string? Title = null, string? TalkKind = null, int? People = null, int? Batches = null, decimal? Amount = null);

/// <summary>An evidence file (佐证材料) of a task: EvidenceView in docs/tasks.md (branch tasks2, merged into main).</summary>
public sealed record EvidenceFile(
    string Id, string FileName, string? Type = null, long? Size = null, string? Sha256 = null, string? Note = null, string? UploadedByName = null,
    DateTimeOffset? UploadedAt = null, IReadOnlyList<EvidenceReuse>? ReusedBy = null, int ReusedOutOfScope = 0)
{
    /// <summary>The same bytes back another task too: a sign of paper-only rectification (形式整改).</summary>
    public bool Reused => ReusedBy is { Count: > 0 } || ReusedOutOfScope > 0;
}

public sealed record EvidenceReuse(string TaskId, string? FileName);

/// <summary>A warning on an upload, e.g. reused_across_tasks, with the service's message.</summary>
public sealed record EvidenceWarning(string Code, string? Message);

/// <summary>The 201 answer to an upload.</summary>
public sealed record EvidenceUploaded(EvidenceFile? Evidence, IReadOnlyList<EvidenceWarning>? Warnings);

/// <summary>The answer to an evidence upload: what was stored (with its warnings), or the 400 problem.</summary>
public sealed record EvidenceUpload(EvidenceUploaded? Uploaded, ApiValidationProblem? Problem);

/// <summary>A close-out waiting for review (GET api/tasks/review-queue): Round is 1 for the first request, +1 after every return.</summary>
public sealed record ReviewQueueItem(
    TaskSummary Task, string UnitName, string? FindingOrdinal, string? FindingTitle, string RequestId, DateTimeOffset RequestedAt,
    string? RequestedByName, string? Note, int Round, string? LastReturnReason);
