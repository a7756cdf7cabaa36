using System.Globalization;
using Microsoft.Extensions.Localization;
using Rectify.Web.Api;

namespace Rectify.Web.Pages.Notifications;

/// <summary>
/// Who sees which notification pages, and the resource keys for the notifications service's codes
/// (states, tiers, channels, rules). An unknown code is shown as the API wrote it.
/// </summary>
internal static class NotificationLabels
{
    public static readonly IReadOnlyList<string> ScheduleStates = ["pending", "sent", "failed", "cancelled", "skipped"];

    public static readonly IReadOnlyList<string> DeliveryStates = ["pending", "sent", "failed"];

    private static readonly HashSet<string> Tiers = ["responsible", "leader", "first_responsible", "inspection_office", "coordinator", "group"];

    private static readonly HashSet<string> Channels = ["email", "inbox", "webhook"];

    private static readonly HashSet<string> Subjects = ["task", "plan", "progress_report", "public_notice", "feedback", "weekly_digest", "report_period"];

    private static readonly TimeSpan ChinaOffset = TimeSpan.FromHours(8);

    /// <summary>The administrator, the inspection office and unit coordinators watch schedules and deliveries (the API scopes the rows).</summary>
    public static bool CanManage(MyProfile? profile) =>
        profile?.Grants.Any(g => g.Role is Roles.Administrator or Roles.InspectionOffice or "unit_coordinator") == true;

    /// <summary>Only administrators edit the deployment's working-day calendar.</summary>
    public static bool IsAdministrator(MyProfile? profile) => profile?.Grants.Any(g => g.Role == Roles.Administrator) == true;

    public static string State(IStringLocalizer t, string state) => Known(t, "NotifyState_", state, ScheduleStates);

    public static string Tier(IStringLocalizer t, string tier) => Known(t, "NotifyTier_", tier, Tiers);

    public static string Channel(IStringLocalizer t, string channel) => Known(t, "NotifyChannel_", channel, Channels);

    public static string Subject(IStringLocalizer t, string kind) => Known(t, "NotifySubject_", kind, Subjects);

    /// <summary>before-20d, before-3wd, due, overdue-2, escalate-leader, escalate-top, delivered (ReminderPlanner's names).</summary>
    public static string Rule(IStringLocalizer t, string rule)
    {
        if (rule.StartsWith("before-", StringComparison.Ordinal) && rule.EndsWith("wd", StringComparison.Ordinal) && int.TryParse(rule[7..^2], out var wd))
            return t["NotifyRule_beforeWorking", wd];
        if (rule.StartsWith("before-", StringComparison.Ordinal) && rule.EndsWith('d') && int.TryParse(rule[7..^1], out var d))
            return t["NotifyRule_before", d];
        if (rule.StartsWith("overdue-", StringComparison.Ordinal) && int.TryParse(rule[8..], out var n))
            return t["NotifyRule_overdue", n];
        return Known(t, "NotifyRule_", rule, ["due", "escalate-leader", "escalate-top", "delivered", "weekly", "missing", "missing-office"]);
    }

    /// <summary>An instant as Beijing time (the service's time zone; China keeps no daylight saving).</summary>
    public static string Time(DateTimeOffset? value) =>
        value is { } v ? v.ToOffset(ChinaOffset).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture) : "—";

    public static string Date(DateOnly value) => value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Known(IStringLocalizer t, string prefix, string code, IEnumerable<string> known) =>
        known.Contains(code) ? t[prefix + code] : code;
}
