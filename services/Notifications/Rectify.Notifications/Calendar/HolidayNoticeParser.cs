using System.Text;
using System.Text.RegularExpressions;

namespace Rectify.Notifications.Calendar;

/// <summary>One day a notice sets: off with the holiday's name, or a make-up working day named "{holiday}调休上班" as the built-in data names it.</summary>
public sealed record NoticeDay(DateOnly Date, bool IsWorkingDay, string Name);

public sealed record ParsedNotice(IReadOnlyList<NoticeDay> Days, IReadOnlyList<string> Warnings);

/// <summary>
/// Reads the text of the State Council General Office's notice (国务院办公厅关于20XX年部分节假日安排的通知) as an
/// administrator pastes it: one item per holiday, "一、元旦：1月1日（周四）至3日（周六）放假调休，共3天。1月4日（周日）上班。".
/// Dates without a year are in the notice's year (its title's, else <c>year</c>); what does not fit that year is warned
/// about, not dropped, since 元旦 may begin on 31 December.
/// </summary>
public static partial class HolidayNoticeParser
{
    [GeneratedRegex(@"(?<![\p{IsCJKUnifiedIdeographs}\d])[一二三四五六七八九十]+、(?<name>[^：:，。；;\r\n]{1,30}?)[：:]")]
    private static partial Regex Item();

    [GeneratedRegex(@"(?:(?<y>\d{4})\s*年\s*)?(?:(?<m>\d{1,2})\s*月\s*)?(?<d>\d{1,2})\s*日|(?<to>至|到|～|~|—)|(?<off>放假)|(?<work>上班)")]
    private static partial Regex Token();

    [GeneratedRegex(@"(?:关于|现将)\s*(?<y>\d{4})\s*年")]
    private static partial Regex Title();

    /// <summary>Null when the text holds no holiday item with a date: nothing to save.</summary>
    public static ParsedNotice? Parse(int year, string text)
    {
        text = Normalize(text);
        var warnings = new List<string>();
        var noticeYear = year;
        if (Title().Match(text) is { Success: true } title && int.Parse(title.Groups["y"].Value) is var stated && stated != year)
        {
            warnings.Add($"The notice is for {stated}, not {year}: dates without a year are read as {stated}.");
            noticeYear = stated;
        }
        var days = new Dictionary<DateOnly, NoticeDay>();
        var items = Item().Matches(text);
        for (var i = 0; i < items.Count; i++)
        {
            var name = items[i].Groups["name"].Value.Trim();
            var start = items[i].Index + items[i].Length;
            var body = text[start..(i + 1 < items.Count ? items[i + 1].Index : text.Length)];
            var found = ReadItem(name, Unwrap(body), noticeYear, warnings);
            if (found.Count == 0)
                warnings.Add($"{name}: no date found before 放假 or 上班.");
            foreach (var day in found)
            {
                if (!days.TryAdd(day.Date, day))
                    warnings.Add($"{day.Date:yyyy-MM-dd} appears twice; kept {days[day.Date].Name}.");
                else if (day.Date.Year != year)
                    warnings.Add($"{name}: {day.Date:yyyy-MM-dd} is not in {year}.");
            }
        }
        return days.Count == 0 ? null : new ParsedNotice([.. days.Values.OrderBy(d => d.Date)], warnings);
    }

    /// <summary>Each sentence: dates before 放假 are off (a range when joined by 至), dates before 上班 are make-up working days.</summary>
    private static List<NoticeDay> ReadItem(string name, string body, int year, List<string> warnings)
    {
        var days = new List<NoticeDay>();
        foreach (var sentence in body.Split(['。', '；', ';', '\n']))
        {
            var pending = new List<DateOnly>();
            var range = false;
            (int Year, int Month)? context = null;
            foreach (Match token in Token().Matches(sentence))
            {
                if (token.Groups["to"].Success)
                    range = pending.Count > 0;
                else if (token.Groups["off"].Success)
                {
                    days.AddRange(Off(pending, range).Select(d => new NoticeDay(d, false, name)));
                    (pending, range) = ([], false);
                }
                else if (token.Groups["work"].Success)
                {
                    days.AddRange(pending.Select(d => new NoticeDay(d, true, $"{name}调休上班")));
                    (pending, range) = ([], false);
                }
                else if (Date(token, ref context, year, pending.LastOrDefault(), range) is { } date)
                    pending.Add(date);
                else
                    warnings.Add($"{name}: {token.Value} is not a date.");
            }
        }
        return days;
    }

    private static IEnumerable<DateOnly> Off(List<DateOnly> dates, bool range)
    {
        if (!range || dates.Count < 2)
            return dates;
        var (from, to) = (dates[0], dates[^1]);
        return Enumerable.Range(0, Math.Max(0, to.DayNumber - from.DayNumber) + 1).Select(n => from.AddDays(n));
    }

    /// <summary>"3日" takes the month (and year) of the date before it; "1月2日" after "12月31日至" is in the next year.</summary>
    private static DateOnly? Date(Match token, ref (int Year, int Month)? context, int year, DateOnly previous, bool afterTo)
    {
        var explicitYear = token.Groups["y"].Success;
        var y = explicitYear ? int.Parse(token.Groups["y"].Value) : context?.Year ?? year;
        if (!token.Groups["m"].Success && context is null)
            return null; // "3日" with no month before it
        var m = token.Groups["m"].Success ? int.Parse(token.Groups["m"].Value) : context!.Value.Month;
        var d = int.Parse(token.Groups["d"].Value);
        if (y is < 1900 or > 2200 || m is < 1 or > 12 || d < 1 || d > DateTime.DaysInMonth(y, m))
            return null;
        var date = new DateOnly(y, m, d);
        if (afterTo && !explicitYear && previous != default && date < previous)
            date = date.AddYears(1);
        context = (date.Year, date.Month);
        return date;
    }

    /// <summary>A line break inside a sentence is a wrap from copying out of a PDF and is dropped; one after 。 ends the sentence.</summary>
    private static string Unwrap(string body)
    {
        var result = new StringBuilder(body.Length);
        foreach (var line in body.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0))
        {
            if (result.Length > 0 && result[^1] is '。' or '；' or ';')
                result.Append('\n');
            result.Append(line);
        }
        return result.ToString();
    }

    /// <summary>Full-width digits and punctuation as the notice's web page may have them.</summary>
    private static string Normalize(string text)
    {
        var result = new StringBuilder(text.Length);
        foreach (var c in text)
            result.Append(c is >= '０' and <= '９' ? (char)(c - '０' + '0') : c);
        return result.ToString();
    }
}
