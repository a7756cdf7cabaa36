namespace Rectify.Notifications.Model;

/// <summary>
/// The weekly digest (每周汇总) for a unit's leading group office (整改领导小组办公室): one schedule per
/// (unit, week, recipient) in the same table, claim and unique key as reminders — subject kind
/// <see cref="SubjectKind"/>, subject id the unit, rule <see cref="Rule"/>, deadline version the week's
/// Monday as a day number, deadline that Monday.
/// </summary>
public static class WeeklyDigest
{
    public const string SubjectKind = "weekly_digest";
    public const string Rule = "weekly";
    /// <summary>A coordinator (整改办联络员): inbox and e-mail by their preferences.</summary>
    public const string CoordinatorTier = "coordinator";
    /// <summary>The unit's group robots: one message per webhook; the recipient id is the unit id.</summary>
    public const string GroupTier = "group";

    public static bool Is(Schedule schedule) => schedule.SubjectKind == SubjectKind;

    public static DateOnly WeekOf(DateOnly date) => date.AddDays(-(((int)date.DayOfWeek + 6) % 7));

    /// <summary>Deadlines that count as open items: not closed, with a date, not the one-off feedback notice.</summary>
    public static IQueryable<TrackedDeadline> Open(IQueryable<TrackedDeadline> deadlines) =>
        deadlines.Where(d => !d.Closed && d.DeadlineVersion > 0 && d.SubjectKind != SubjectKinds.Feedback);

    public static long VersionOf(DateOnly weekStart) => weekStart.DayNumber;
}

/// <summary>
/// A digest's text as composed on its first visit: every channel and every retry sends this, so an e-mail
/// retried later says what the inbox copy says (and what was true at the digest's hour).
/// </summary>
public sealed class DigestText
{
    public long ScheduleId { get; set; }
    public required string Title { get; set; }
    public required string Text { get; set; }
}
