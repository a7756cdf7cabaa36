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
