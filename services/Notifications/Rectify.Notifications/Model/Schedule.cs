namespace Rectify.Notifications.Model;

/// <summary>
/// One reminder or escalation to one person about one deadline version (提醒计划). The unique key
/// (subject kind, subject id, rule, deadline version, recipient) is what makes it arrive once; the
/// sweeper claims due rows with a lease (<see cref="ClaimedBy"/>, <see cref="ClaimExpires"/>) so two
/// instances never work on the same row.
/// </summary>
public sealed class Schedule
{
    public long Id { get; set; }
    public required string SubjectKind { get; set; }
    public Guid SubjectId { get; set; }
    public Guid UnitId { get; set; }
    public Guid? InspectionId { get; set; }
    /// <summary>before-20d, before-5wd, due, overdue-3, escalate-leader, escalate-top, delivered.</summary>
    public required string Rule { get; set; }
    public long DeadlineVersion { get; set; }
    public DateOnly Deadline { get; set; }
    public Guid RecipientId { get; set; }
    /// <summary>responsible, leader, first_responsible or inspection_office.</summary>
    public required string Tier { get; set; }
    public bool IsEscalation { get; set; }
    /// <summary>Working days past the deadline on <see cref="RemindOn"/> (0 before and on the due day).</summary>
    public int WorkingDaysOverdue { get; set; }
    public DateOnly RemindOn { get; set; }
    /// <summary>When the sweeper should next look at it: the send time, the end of quiet hours, or the next retry.</summary>
    public DateTimeOffset DueAt { get; set; }
    public required string State { get; set; }
    public string? ClaimedBy { get; set; }
    public DateTimeOffset? ClaimExpires { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset? CompletedAt { get; set; }
}

public static class ScheduleStates
{
    public const string Pending = "pending";
    /// <summary>At least one channel delivered.</summary>
    public const string Sent = "sent";
    /// <summary>Every channel gave up after its retries.</summary>
    public const string Failed = "failed";
    /// <summary>The deadline moved, the subject closed or the recipient changed before it was due.</summary>
    public const string Cancelled = "cancelled";
    /// <summary>The recipient switched every channel off, or a reminder missed its day (the service was down) and a later one supersedes it.</summary>
    public const string Skipped = "skipped";
}

public static class Tiers
{
    public const string Responsible = "responsible";
    public const string Leader = "leader";
    public const string FirstResponsible = "first_responsible";
    public const string InspectionOffice = "inspection_office";
}

/// <summary>What a deadline belongs to. Findings' due dates use the inspection id as the subject id.</summary>
public static class SubjectKinds
{
    public const string Task = "task";
    public const string Plan = "plan";
    public const string ProgressReport = "progress_report";
    public const string PublicNotice = "public_notice";
    /// <summary>Feedback was delivered: a one-off notice to the unit's coordinators that the clock started.</summary>
    public const string Feedback = "feedback";
    /// <summary>One period of a recurring progress report (定期整改进展情况报告); subject id from (inspection, due date).</summary>
    public const string ReportPeriod = "report_period";

    /// <summary>Kinds whose responsible people are the unit's coordinators (整改办联络员), not named persons.</summary>
    public static bool ForCoordinators(string kind) => kind is Plan or ProgressReport or PublicNotice or Feedback or ReportPeriod;

    public static string Title(string kind) => kind switch
    {
        Task => "整改任务",
        Plan => "整改方案",
        ProgressReport => "整改进展情况报告",
        PublicNotice => "整改进展情况通报",
        Feedback => "巡视巡察反馈",
        ReportPeriod => "定期整改进展情况报告",
        _ => kind,
    };
}
