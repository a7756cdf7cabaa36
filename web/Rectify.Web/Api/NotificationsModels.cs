namespace Rectify.Web.Api;

/// <summary>A message of GET /api/notifications/inbox (站内通知), newest first.</summary>
public sealed record InboxItem(
    long Id, string Title, string Body, string SubjectKind, string SubjectId, string UnitId, bool IsEscalation, DateTimeOffset CreatedAt,
    DateTimeOffset? ReadAt);

/// <summary>GET /api/notifications/inbox/unread-count.</summary>
public sealed record UnreadCount(int Count);

/// <summary>GET /api/notifications/preferences; the quiet hours are the defaults' when <see cref="DefaultQuietHours"/>.</summary>
public sealed record NotificationPreferences(bool Email, bool Inbox, bool Webhook, string QuietStart, string QuietEnd, bool DefaultQuietHours);

/// <summary>PUT /api/notifications/preferences body: quiet hours as HH:mm, both or neither (neither: the defaults).</summary>
public sealed record NewNotificationPreferences(bool Email, bool Inbox, bool Webhook, string? QuietStart, string? QuietEnd);

/// <summary>A row of GET /api/notifications/schedules (提醒计划), soonest first.</summary>
public sealed record ReminderSchedule(
    long Id, string SubjectKind, string SubjectId, string UnitId, string Rule, string Tier, bool IsEscalation, DateOnly Deadline,
    long DeadlineVersion, string RecipientId, string? RecipientName, DateOnly RemindOn, DateTimeOffset DueAt, string State,
    DateTimeOffset? CompletedAt);

/// <summary>A row of GET /api/notifications/deliveries (发送记录), newest first.</summary>
public sealed record ReminderDelivery(
    long Id, long ScheduleId, string UnitId, string Channel, string Target, string State, int Attempts, DateTimeOffset? NextAttemptAt,
    string? LastError, DateTimeOffset CreatedAt, DateTimeOffset? SentAt);

/// <summary>GET /api/notifications/calendar/{year}: the year's holidays and make-up working days (节假日安排).</summary>
public sealed record CalendarYear(int Year, bool Seeded, IReadOnlyList<CalendarDay> Days);

/// <summary>A day that differs from the plain week; <see cref="Source"/> tells seeded from edited.</summary>
public sealed record CalendarDay(DateOnly Date, bool IsWorkingDay, string Name, string Source);

/// <summary>GET /api/notifications/calendar/next-year-status: <see cref="Warn"/> from 1 November while next year is not entered.</summary>
public sealed record NextYearCalendarStatus(int Year, bool Entered, bool Warn);

/// <summary>The days a pasted State Council notice sets (POST …/calendar/{year}/notice[/preview]) and what looked wrong in it.</summary>
public sealed record CalendarNotice(int Year, IReadOnlyList<CalendarNoticeDay> Days, IReadOnlyList<string> Warnings);

public sealed record CalendarNoticeDay(DateOnly Date, bool IsWorkingDay, string Name);

/// <summary>
/// When reminders go out (提醒规则): days before a deadline, overdue reminders and escalations (working days), the recurring
/// progress reports' reminders, the sending time (Asia/Shanghai) and the weekly digest. JSON: digestDay 0 = Sunday … 6 = Saturday.
/// </summary>
public sealed record ReminderRules(
    IReadOnlyList<int> CalendarDaysBefore, IReadOnlyList<int> WorkingDaysBefore, bool OnDueDay, int OverdueDailyFor,
    int EscalateToLeaderAfter, int EscalateToTopAfter, IReadOnlyList<int> ReportPeriodWorkingDaysBefore, TimeOnly SendAt,
    bool WeeklyDigest, DayOfWeek DigestDay, TimeOnly DigestAt)
{
    /// <summary>Rules this UI does not know, sent back as they came so that saving the form does not reset them.</summary>
    [System.Text.Json.Serialization.JsonExtensionData]
    public Dictionary<string, System.Text.Json.JsonElement>? Unknown { get; init; }
}

/// <summary>A row of GET /api/notifications/rules: the deployment default (no path, read-only) or a jurisdiction's override.</summary>
public sealed record RulePolicy(string? JurisdictionPath, ReminderRules Rules);

/// <summary>GET /api/notifications/replans: a re-plan of open deadlines' reminders after the rules or the calendar changed or a unit moved.</summary>
public sealed record Replan(
    long Id, string? JurisdictionPath, string Reason, string? RequestedBy, DateTimeOffset RequestedAt, int Total, int Done, DateTimeOffset? CompletedAt,
    Guid? UnitId = null);
