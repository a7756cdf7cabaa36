using System.Globalization;
using Microsoft.Extensions.Localization;
using Rectify.Web.Api;

namespace Rectify.Web.Pages.Notifications;

/// <summary>Reminder rules in words, as the rules table shows them ("截止前20、10天；前5、3、1个工作日；到期当日；…").</summary>
internal static class RuleWords
{
    public static string Describe(IStringLocalizer t, ReminderRules rules)
    {
        var parts = new List<string>();
        if (rules.CalendarDaysBefore.Count > 0)
            parts.Add(t["NotifyRulesCalendarBefore", List(t, rules.CalendarDaysBefore)]);
        if (rules.WorkingDaysBefore.Count > 0)
            parts.Add(t["NotifyRulesWorkingBefore", List(t, rules.WorkingDaysBefore)]);
        if (rules.OnDueDay)
            parts.Add(t["NotifyRulesOnDueDay"]);
        parts.Add(rules.OverdueDailyFor > 0 ? t["NotifyRulesOverdueDaily", rules.OverdueDailyFor] : t["NotifyRulesNoOverdueDaily"]);
        parts.Add((rules.EscalateToLeaderAfter, rules.EscalateToTopAfter) switch
        {
            ( > 0, > 0) => t["NotifyRulesEscalateBoth", rules.EscalateToLeaderAfter, rules.EscalateToTopAfter],
            ( > 0, _) => t["NotifyRulesEscalateLeader", rules.EscalateToLeaderAfter],
            (_, > 0) => t["NotifyRulesEscalateTop", rules.EscalateToTopAfter],
            _ => t["NotifyRulesNoEscalation"],
        });
        if (rules.ReportPeriodWorkingDaysBefore.Count > 0)
            parts.Add(t["NotifyRulesReportBefore", List(t, rules.ReportPeriodWorkingDaysBefore)]);
        parts.Add(t["NotifyRulesSendAt", Time(rules.SendAt)]);
        parts.Add(rules.WeeklyDigest ? t["NotifyRulesDigest", t["WeekdayShort_" + rules.DigestDay], Time(rules.DigestAt)] : t["NotifyRulesNoDigest"]);
        return string.Join(t["NotifyRulesSeparator"], parts);
    }

    /// <summary>9:00, as people write it.</summary>
    public static string Time(TimeOnly time) => time.ToString("H:mm", CultureInfo.InvariantCulture);

    private static string List(IStringLocalizer t, IEnumerable<int> days) =>
        string.Join(t["NotifyRulesListSeparator"], days.Select(d => d.ToString(CultureInfo.InvariantCulture)));
}
