using Rectify.Contracts.Tasks;

namespace Rectify.Tasks.Model;

/// <summary>
/// A rectification task (整改任务) for one finding: the measures (整改措施), the three responsibles
/// (责任领导, 责任科室, 责任人), its kind and deadline (整改时限). A finding may have several.
/// Leader and person are directory person ids when known; the names are kept as text beside them,
/// so an imported "局党组书记张三" survives when no person matches.
/// </summary>
public sealed class RectificationTask
{
    public Guid Id { get; set; }
    public Guid FindingId { get; set; }
    public Guid InspectionId { get; set; }
    public Guid UnitId { get; set; }
    public required string Measures { get; set; }
    public required string Kind { get; set; }
    public required string State { get; set; }
    public Guid? ResponsibleLeaderId { get; set; }
    public string? ResponsibleLeader { get; set; }
    public string? ResponsibleDepartment { get; set; }
    public Guid? ResponsiblePersonId { get; set; }
    public string? ResponsiblePerson { get; set; }
    /// <summary>The first deadline ever set; revisions never touch it.</summary>
    public DateOnly? OriginalDeadline { get; set; }
    public DateOnly? Deadline { get; set; }
    /// <summary>As written in an imported notice; the parsed date is in <see cref="Deadline"/> when it could be read.</summary>
    public string? DeadlineText { get; set; }
    /// <summary>1 for the first deadline, +1 per revision.</summary>
    public int DeadlineVersion { get; set; }
    /// <summary>While submitted: the review level the close-out waits for (1 coordinator, 2 inspection office).</summary>
    public int? PendingReviewLevel { get; set; }
    public Guid? PendingCloseOutId { get; set; }
    /// <summary>Why the last close-out was sent back, until the next request.</summary>
    public string? ReturnReason { get; set; }
    public DateOnly? ClosedOn { get; set; }
    /// <summary>
    /// The deadline version the inspection office unlocked the task for (到期锁定 lifted, see <see cref="DeadlineLock"/>);
    /// a new deadline makes it stale, so the lock comes back if that deadline passes too.
    /// </summary>
    public int? UnlockedDeadlineVersion { get; set; }
    /// <summary>Why the office unlocked it (also in the audit trail).</summary>
    public string? UnlockReason { get; set; }
    /// <summary>The import that created it, when it came from a notice; with the finding it keeps an import idempotent.</summary>
    public Guid? ImportId { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    /// <summary>+1 per event published about the task (the events' Meta.Version); a concurrency token and the ETag.</summary>
    public long Version { get; set; }

    public bool IsClosed => TaskStates.IsClosed(State);
}

/// <summary>
/// 到期锁定 and 逾期完成, derived, never stored. Locked: the deadline has passed while the unit still works on the
/// task (planned or in progress) and the office has not unlocked this deadline version. The unit may still report
/// progress (dated today), but may not back-date it, change the deadline or submit for close-out. Completed late:
/// closed (销号) after the deadline in force when it was closed; closing freezes the deadline, so it stays so.
/// </summary>
public static class DeadlineLock
{
    public static bool IsLocked(RectificationTask t, DateOnly today) =>
        t.Deadline is { } due && due < today && t.State is TaskStates.Planned or TaskStates.InProgress
        && t.UnlockedDeadlineVersion != t.DeadlineVersion;

    public static bool CompletedLate(RectificationTask t) => t.IsClosed && t.ClosedOn is { } on && t.Deadline is { } due && on > due;
}

public static class TaskKinds
{
    /// <summary>立行立改.</summary>
    public const string Immediate = "immediate";
    /// <summary>限期整改.</summary>
    public const string TimeLimited = "time_limited";
    /// <summary>长期坚持.</summary>
    public const string Sustained = "sustained";
    public static readonly string[] All = [Immediate, TimeLimited, Sustained];
}
