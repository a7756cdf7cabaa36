namespace Rectify.Web.Api;

/// <summary>The notifications service: inbox, preferences, schedules, delivery log, working-day calendar, reminder rules (docs/notifications.md).</summary>
public sealed partial class RectifyApiClient
{
    private const string Notifications = "api/notifications";

    /// <summary>GET api/notifications/inbox[?unread=true], newest first.</summary>
    public Task<List<InboxItem>> GetInboxAsync(bool unreadOnly, CancellationToken cancellationToken = default) =>
        GetAsync<List<InboxItem>>(unreadOnly ? $"{Notifications}/inbox?unread=true" : $"{Notifications}/inbox", cancellationToken);

    /// <summary>GET api/notifications/inbox/unread-count.</summary>
    public async Task<int> GetUnreadCountAsync(CancellationToken cancellationToken = default) =>
        (await GetAsync<UnreadCount>($"{Notifications}/inbox/unread-count", cancellationToken)).Count;

    /// <summary>POST api/notifications/inbox/{id}/read.</summary>
    public Task<ApiValidationProblem?> MarkReadAsync(long id, CancellationToken cancellationToken = default) =>
        WriteAsync<object?>(HttpMethod.Post, $"{Notifications}/inbox/{id}/read", null, cancellationToken);

    /// <summary>POST api/notifications/inbox/read-all.</summary>
    public Task<ApiValidationProblem?> MarkAllReadAsync(CancellationToken cancellationToken = default) =>
        WriteAsync<object?>(HttpMethod.Post, $"{Notifications}/inbox/read-all", null, cancellationToken);

    /// <summary>GET api/notifications/preferences (404 when the account has no directory person).</summary>
    public Task<NotificationPreferences> GetNotificationPreferencesAsync(CancellationToken cancellationToken = default) =>
        GetAsync<NotificationPreferences>($"{Notifications}/preferences", cancellationToken);

    /// <summary>PUT api/notifications/preferences; 400 names quietStart or quietEnd.</summary>
    public Task<ApiValidationProblem?> SetNotificationPreferencesAsync(NewNotificationPreferences preferences, CancellationToken cancellationToken = default) =>
        WriteAsync(HttpMethod.Put, $"{Notifications}/preferences", preferences, cancellationToken);

    /// <summary>GET api/notifications/schedules[?unitId=&amp;state=] (state: pending by default, all for every state).</summary>
    public Task<List<ReminderSchedule>> GetSchedulesAsync(string? unitId, string? state, CancellationToken cancellationToken = default) =>
        GetAsync<List<ReminderSchedule>>(WithQuery($"{Notifications}/schedules", ("unitId", unitId), ("state", state)), cancellationToken);

    /// <summary>GET api/notifications/deliveries[?unitId=&amp;state=].</summary>
    public Task<List<ReminderDelivery>> GetDeliveriesAsync(string? unitId, string? state, CancellationToken cancellationToken = default) =>
        GetAsync<List<ReminderDelivery>>(WithQuery($"{Notifications}/deliveries", ("unitId", unitId), ("state", state)), cancellationToken);

    /// <summary>GET api/notifications/calendar/{year}.</summary>
    public Task<CalendarYear> GetCalendarAsync(int year, CancellationToken cancellationToken = default) =>
        GetAsync<CalendarYear>($"{Notifications}/calendar/{year}", cancellationToken);

    /// <summary>PUT api/notifications/calendar/days/{yyyy-MM-dd} (administrators).</summary>
    public Task<ApiValidationProblem?> SetCalendarDayAsync(DateOnly date, bool isWorkingDay, string name, CancellationToken cancellationToken = default) =>
        WriteAsync(HttpMethod.Put, $"{Notifications}/calendar/days/{Day(date)}", new { isWorkingDay, name }, cancellationToken);

    /// <summary>DELETE api/notifications/calendar/days/{yyyy-MM-dd}: the day follows the plain week again.</summary>
    public Task<ApiValidationProblem?> RemoveCalendarDayAsync(DateOnly date, CancellationToken cancellationToken = default) =>
        WriteAsync<object?>(HttpMethod.Delete, $"{Notifications}/calendar/days/{Day(date)}", null, cancellationToken);

    /// <summary>GET api/notifications/calendar/next-year-status (administrators and inspection offices).</summary>
    public Task<NextYearCalendarStatus> GetNextYearCalendarStatusAsync(CancellationToken cancellationToken = default) =>
        GetAsync<NextYearCalendarStatus>($"{Notifications}/calendar/next-year-status", cancellationToken);

    /// <summary>POST api/notifications/calendar/{year}/notice/preview: the days the pasted notice sets, nothing saved; 400 names text.</summary>
    public Task<ApiCreated<CalendarNotice>> PreviewCalendarNoticeAsync(int year, string text, CancellationToken cancellationToken = default) =>
        CreateAsync<CalendarNotice>($"{Notifications}/calendar/{year}/notice/preview", Json(new { text }), cancellationToken);

    /// <summary>POST api/notifications/calendar/{year}/notice (administrators): saves every day of the notice as one edit.</summary>
    public Task<ApiCreated<CalendarNotice>> ApplyCalendarNoticeAsync(int year, string text, CancellationToken cancellationToken = default) =>
        CreateAsync<CalendarNotice>($"{Notifications}/calendar/{year}/notice", Json(new { text }), cancellationToken);

    /// <summary>GET api/notifications/rules: the default first, then the jurisdictions' overrides ordered by path.</summary>
    public Task<List<RulePolicy>> GetReminderRulesAsync(CancellationToken cancellationToken = default) =>
        GetAsync<List<RulePolicy>>($"{Notifications}/rules", cancellationToken);

    /// <summary>PUT api/notifications/rules (the jurisdiction's inspection office or an administrator); 400 names rules or jurisdictionPath.</summary>
    public Task<ApiValidationProblem?> SetReminderRulesAsync(string jurisdictionPath, ReminderRules rules, CancellationToken cancellationToken = default) =>
        WriteAsync(HttpMethod.Put, $"{Notifications}/rules", new { jurisdictionPath, rules }, cancellationToken);

    /// <summary>DELETE api/notifications/rules?jurisdictionPath=: the jurisdiction inherits again; 404 when it had no override.</summary>
    public Task<ApiValidationProblem?> RemoveReminderRulesAsync(string jurisdictionPath, CancellationToken cancellationToken = default) =>
        WriteAsync<object?>(HttpMethod.Delete, WithQuery($"{Notifications}/rules", ("jurisdictionPath", jurisdictionPath)), null, cancellationToken);

    /// <summary>GET api/notifications/replans: the latest re-plans, newest first, with how far each has got.</summary>
    public Task<List<Replan>> GetReplansAsync(CancellationToken cancellationToken = default) =>
        GetAsync<List<Replan>>($"{Notifications}/replans", cancellationToken);

    private static string Day(DateOnly date) => date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    private static string WithQuery(string path, params (string Name, string? Value)[] query)
    {
        var parts = query.Where(q => !string.IsNullOrEmpty(q.Value)).Select(q => $"{q.Name}={Uri.EscapeDataString(q.Value!)}").ToList();
        return parts.Count == 0 ? path : $"{path}?{string.Join('&', parts)}";
    }
}
