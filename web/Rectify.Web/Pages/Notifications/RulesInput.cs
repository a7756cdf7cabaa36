using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Components.Forms;
using Microsoft.Extensions.Localization;
using Rectify.Web.Api;

namespace Rectify.Web.Pages.Notifications;

/// <summary>
/// The reminder rules form as typed. Numbers stay text so a wrong entry comes back as written; <see cref="Check"/>
/// applies the service's ranges before anything is sent. Property names match the API's, so its field errors land here.
/// </summary>
internal sealed partial class RulesInput
{
    public static readonly string[] Fields =
    [
        nameof(CalendarDaysBefore), nameof(WorkingDaysBefore), nameof(OverdueDailyFor), nameof(EscalateToLeaderAfter),
        nameof(EscalateToTopAfter), nameof(ReportPeriodWorkingDaysBefore), nameof(SendAt), nameof(DigestDay), nameof(DigestAt),
    ];

    public string? CalendarDaysBefore { get; set; }
    public string? WorkingDaysBefore { get; set; }
    public bool OnDueDay { get; set; }
    public string? OverdueDailyFor { get; set; }
    public string? EscalateToLeaderAfter { get; set; }
    public string? EscalateToTopAfter { get; set; }
    public string? ReportPeriodWorkingDaysBefore { get; set; }
    public string? SendAt { get; set; }
    public bool WeeklyDigest { get; set; }
    public string? DigestDay { get; set; }
    public string? DigestAt { get; set; }

    public static RulesInput From(ReminderRules rules) => new()
    {
        CalendarDaysBefore = List(rules.CalendarDaysBefore), WorkingDaysBefore = List(rules.WorkingDaysBefore), OnDueDay = rules.OnDueDay,
        OverdueDailyFor = Number(rules.OverdueDailyFor), EscalateToLeaderAfter = Number(rules.EscalateToLeaderAfter),
        EscalateToTopAfter = Number(rules.EscalateToTopAfter), ReportPeriodWorkingDaysBefore = List(rules.ReportPeriodWorkingDaysBefore),
        SendAt = Time(rules.SendAt), WeeklyDigest = rules.WeeklyDigest, DigestDay = Number((int)rules.DigestDay), DigestAt = Time(rules.DigestAt),
    };

    /// <summary>The rules to send, or null with a message on every wrong field. Rules the form does not show come from <paramref name="start"/>.</summary>
    public ReminderRules? Check(ReminderRules start, EditContext editContext, ValidationMessageStore messages, IStringLocalizer t)
    {
        var rules = new ReminderRules(
            Days(nameof(CalendarDaysBefore), CalendarDaysBefore, 366), Days(nameof(WorkingDaysBefore), WorkingDaysBefore, 250), OnDueDay,
            Count(nameof(OverdueDailyFor), OverdueDailyFor), Count(nameof(EscalateToLeaderAfter), EscalateToLeaderAfter),
            Count(nameof(EscalateToTopAfter), EscalateToTopAfter), Days(nameof(ReportPeriodWorkingDaysBefore), ReportPeriodWorkingDaysBefore, 250),
            At(nameof(SendAt), SendAt), WeeklyDigest, Day(DigestDay), At(nameof(DigestAt), DigestAt))
        {
            Unknown = start.Unknown,
        };
        return editContext.GetValidationMessages().Any() ? null : rules;

        void Fail(string field, string message) => messages.Add(editContext.Field(field), message);

        // "20, 10", "20，10", "20 10" or "20、10"; NFKC turns a Chinese input method's full-width digits and commas into ASCII.
        int[] Days(string field, string? text, int max)
        {
            var days = new List<int>();
            foreach (var item in Separators().Split((text ?? "").Normalize(NormalizationForm.FormKC).Trim()).Where(i => i.Length > 0))
            {
                if (!int.TryParse(item, NumberStyles.None, CultureInfo.InvariantCulture, out var day) || day < 1 || day > max)
                {
                    Fail(field, t["NotifyRulesListInvalid", 1, max, item]);
                    return [];
                }

                days.Add(day);
            }

            return [.. days.Distinct().OrderDescending()];
        }

        int Count(string field, string? text)
        {
            if (int.TryParse(FormErrors.Trimmed(text)?.Normalize(NormalizationForm.FormKC), NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n <= 250)
                return n;
            Fail(field, t["NotifyRulesNumberInvalid", 0, 250]);
            return 0;
        }

        TimeOnly At(string field, string? text)
        {
            if (TimeOnly.TryParseExact(FormErrors.Trimmed(text), ["H:mm", "HH:mm", "HH:mm:ss"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var time))
                return time;
            Fail(field, t["NotifyRulesTimeInvalid"]);
            return default;
        }

        DayOfWeek Day(string? text)
        {
            if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var day) && day <= 6)
                return (DayOfWeek)day;
            Fail(nameof(DigestDay), t["NotifyRulesDayInvalid"]);
            return default;
        }
    }

    private static string List(IEnumerable<int> days) => string.Join(", ", days.Select(Number));

    private static string Number(int n) => n.ToString(CultureInfo.InvariantCulture);

    private static string Time(TimeOnly time) => time.ToString("HH:mm", CultureInfo.InvariantCulture);

    [GeneratedRegex(@"[,、\s]+")]
    private static partial Regex Separators();
}
