namespace Rectify.Tasks.Model;

/// <summary>A dated progress report (整改进展): what was done, in the reporter's words.</summary>
public sealed class ProgressEntry
{
    public Guid Id { get; set; }
    public Guid TaskId { get; set; }
    public DateOnly ReportedOn { get; set; }
    /// <summary>1, 2, … per task in the order reported: measures imported together share a date and a moment.</summary>
    public int Position { get; set; }
    public required string Narrative { get; set; }
    public string? Actor { get; set; }
    public string? ActorName { get; set; }
    public DateTimeOffset At { get; set; }
}

/// <summary>One outcome figure (整改成效): a rule made or revised, a talk, money returned or recovered, people held accountable.</summary>
public sealed class Outcome
{
    public Guid Id { get; set; }
    public Guid TaskId { get; set; }
    public Guid? ProgressEntryId { get; set; }
    public required string Kind { get; set; }
    public string? Title { get; set; }
    public string? TalkKind { get; set; }
    public int? People { get; set; }
    public int? Batches { get; set; }
    /// <summary>元.</summary>
    public decimal? Amount { get; set; }
    public string? Actor { get; set; }
    public DateTimeOffset At { get; set; }
}

public static class OutcomeKinds
{
    public const string RuleMade = "rule_made";
    public const string RuleRevised = "rule_revised";
    public const string Talk = "talk";
    public const string MoneyReturned = "money_returned";
    public const string MoneyRecovered = "money_recovered";
    public const string Accountability = "accountability";
    public static readonly string[] All = [RuleMade, RuleRevised, Talk, MoneyReturned, MoneyRecovered, Accountability];
}

/// <summary>A change of deadline: from what to what, why, who asked and who approved. The original stays on the task.</summary>
public sealed class DeadlineRevision
{
    public Guid Id { get; set; }
    public Guid TaskId { get; set; }
    /// <summary>The deadline version this revision made (2 for the first change).</summary>
    public int Version { get; set; }
    public DateOnly? From { get; set; }
    public DateOnly To { get; set; }
    public required string Reason { get; set; }
    public string? RequestedBy { get; set; }
    public string? RequestedByName { get; set; }
    public string? ApprovedBy { get; set; }
    public string? ApprovedByName { get; set; }
    public Guid? ExtensionRequestId { get; set; }
    public DateTimeOffset At { get; set; }
}

/// <summary>A request to extend the deadline (延期申请), decided by the unit coordinator or the inspection office.</summary>
public sealed class ExtensionRequest
{
    public Guid Id { get; set; }
    public Guid TaskId { get; set; }
    public DateOnly ProposedDeadline { get; set; }
    /// <summary>The deadline the approver granted: the proposed one unless they chose another (still later than the old one).</summary>
    public DateOnly? GrantedDeadline { get; set; }
    public required string Reason { get; set; }
    public string? RequestedBy { get; set; }
    public string? RequestedByName { get; set; }
    public DateTimeOffset RequestedAt { get; set; }
    /// <summary>"pending", "approved" or "rejected".</summary>
    public required string Status { get; set; }
    public string? DecidedBy { get; set; }
    public string? DecidedByName { get; set; }
    public DateTimeOffset? DecidedAt { get; set; }
    public string? DecisionReason { get; set; }
}

/// <summary>A request to close a task (销号申请) and its reviews, one per level reached.</summary>
public sealed class CloseOutRequest
{
    public Guid Id { get; set; }
    public Guid TaskId { get; set; }
    public string? Note { get; set; }
    public string? RequestedBy { get; set; }
    public string? RequestedByName { get; set; }
    public DateTimeOffset RequestedAt { get; set; }
    /// <summary>"pending", "approved" or "returned".</summary>
    public required string Status { get; set; }
}

public sealed class CloseOutReview
{
    public Guid Id { get; set; }
    public Guid RequestId { get; set; }
    public Guid TaskId { get; set; }
    public int Level { get; set; }
    public bool Approved { get; set; }
    public string? Reason { get; set; }
    public string? Reviewer { get; set; }
    public string? ReviewerName { get; set; }
    public DateTimeOffset At { get; set; }
}

public static class RequestStatuses
{
    public const string Pending = "pending";
    public const string Approved = "approved";
    public const string Rejected = "rejected";
    public const string Returned = "returned";
}

/// <summary>
/// One change to a task: who, when, what, from which value to which. Rows are only ever added
/// (the context refuses to update or delete them).
/// </summary>
public sealed class AuditEntry
{
    public long Id { get; set; }
    public Guid TaskId { get; set; }
    public Guid InspectionId { get; set; }
    public Guid UnitId { get; set; }
    public DateTimeOffset At { get; set; }
    public string? Actor { get; set; }
    public string? ActorName { get; set; }
    /// <summary>What happened: planned, assigned, deadline_changed, progress_reported, closed, …</summary>
    public required string Action { get; set; }
    public string? Field { get; set; }
    public string? From { get; set; }
    public string? To { get; set; }
    public string? Note { get; set; }
}
