namespace Rectify.Notifications.Model;

/// <summary>
/// When reminders go out (configuration <c>Notifications:Rules</c>, overridable per jurisdiction).
/// Defaults: 20 and 10 calendar days before (the green and yellow warnings), 5, 3 and 1 working days
/// before, on the due day, then daily while overdue, escalated after 3 and 10 working days.
/// </summary>
public sealed class ReminderRules
{
    public int[] CalendarDaysBefore { get; set; } = [20, 10];
    public int[] WorkingDaysBefore { get; set; } = [5, 3, 1];
    public bool OnDueDay { get; set; } = true;
    /// <summary>Daily overdue reminders to the responsible person, for this many working days.</summary>
    public int OverdueDailyFor { get; set; } = 20;
    /// <summary>Working days overdue before the responsible leader (责任领导) hears of it; 0 turns it off.</summary>
    public int EscalateToLeaderAfter { get; set; } = 3;
    /// <summary>Working days overdue before the first responsible person (第一责任人) and the inspection office do; 0 turns it off.</summary>
    public int EscalateToTopAfter { get; set; } = 10;
    /// <summary>
    /// Working days before each period of a recurring progress report that its coordinators are reminded (besides
    /// the due day); the periods are short (e.g. 14 days), so fewer than a deadline's.
    /// </summary>
    public int[] ReportPeriodWorkingDaysBefore { get; set; } = [3];
    /// <summary>Local time (Asia/Shanghai) reminders go out on their day.</summary>
    public TimeOnly SendAt { get; set; } = new(9, 0);
    /// <summary>The weekly digest (每周汇总) to the unit's leading group office; false opts the jurisdiction out.</summary>
    public bool WeeklyDigest { get; set; } = true;
    /// <summary>Its day (JSON: 0 = Sunday … 1 = Monday); when not a working day, the next working day.</summary>
    public DayOfWeek DigestDay { get; set; } = DayOfWeek.Monday;
    /// <summary>Its local time (Asia/Shanghai).</summary>
    public TimeOnly DigestAt { get; set; } = new(9, 0);
}

/// <summary>Default quiet hours (<c>Notifications:QuietHours</c>): nothing personal is sent between them.</summary>
public sealed class QuietHours
{
    public TimeOnly Start { get; set; } = new(22, 0);
    public TimeOnly End { get; set; } = new(7, 0);

    public static bool Contains(TimeOnly start, TimeOnly end, TimeOnly time) =>
        start == end ? false : start < end ? time >= start && time < end : time >= start || time < end;
}
