using System.Globalization;
using System.Text.RegularExpressions;

namespace Rectify.Findings.Import;

// The opening sentence: inspection, team, round, unit, on-site period and feedback date.
public static partial class NoticeParser
{
    [GeneratedRegex(@"^\d{4}年\d{1,2}月\d{1,2}日$")] private static partial Regex DateOnlyLineRegex();
    [GeneratedRegex(@"(?:(?<y>\d{4})年)?(?<m>\d{1,2})月(?<d>\d{1,2})日")] private static partial Regex DateRegex();
    [GeneratedRegex(@"(?<a>(?:(?<y1>\d{4})年)?(?<m1>\d{1,2})月(?<d1>\d{1,2})日)(?:起)?\s*(?:至|到|—|－|-|~|～)\s*(?<b>(?:(?<y2>\d{4})年)?(?<m2>\d{1,2})月(?<d2>\d{1,2})日)")]
    private static partial Regex RangeRegex();
    [GeneratedRegex(@"(?:中央|自治区党委|区党委|省委|市委|县委|区委|州委|旗委|盟委)?(?:第[一二三四五六七八九十\d]+|交叉|联动|专项)?(?:巡视|巡察)(?:[一二三四五六七八九十\d]+组(?:、[一二三四五六七八九十\d]+组)*|组)")]
    private static partial Regex TeamRegex();
    [GeneratedRegex(@"中央|自治区党委|区党委|省委|市委|县委|区委|州委|旗委|盟委")] private static partial Regex IssuerRegex();
    [GeneratedRegex(@"对(?<u>[^，。,；;]{2,60}?)(?:开展了|开展|进行了|进行|实施了|实施)")] private static partial Regex UnitRegex();
    [GeneratedRegex(@"^(?<u>[^，。,；;]{2,40}?(?:党组|党委|党支部|党总支|支部|委员会))(?:开展了|进行了)")] private static partial Regex UnitFallbackRegex();
    [GeneratedRegex(@"[（(]以下简称[^）)]*[）)]")] private static partial Regex AliasRegex();
    [GeneratedRegex(@"^(?:中共)?(?<u>.+?)(?:关于)")] private static partial Regex TitleUnitRegex();

    private static readonly string[] TermWords = ["届"];
    private const string Cn = "[一二三四五六七八九十百0-9]+";

    // "十三届市委第一轮" and "中共西乡塘区第三届委员会第七轮": a term (届), a committee and a round (轮).
    [GeneratedRegex(@"(?<!上一?|前一?|新一)(?:第)?(?<term>" + Cn + @")届(?<c>中央|自治区党委|区党委|省委|市委|县委|区委|州委|旗委|盟委)(?:第(?<r>" + Cn + @")轮)")]
    private static partial Regex TermRoundRegex();
    [GeneratedRegex(@"(?<place>[^，。,；;、“”《》（）()\s]{1,12}?)(?<pk>自治区|省|市|区|县|州|旗)第(?<term>" + Cn + @")届(?:委员会|党委)第(?<r>" + Cn + @")轮")]
    private static partial Regex CommitteeTermRoundRegex();
    [GeneratedRegex(@"(?<!上一?|前一?|新一|本)(?<c>中央|自治区党委|区党委|省委|市委|县委|区委|州委|旗委|盟委)?第(?<r>" + Cn + @")轮(?:巡视|巡察)")]
    private static partial Regex RoundOnlyRegex();

    /// <summary>
    /// The term and round (届次轮次) in the "十三届市委第一轮" form. Looked for in the title and the opening sentence, then
    /// (term and committee given only) in the rest of the text, where a plan title such as 《五届市委第十轮…整改工作方案》 names it;
    /// a round written alone ("市委第三轮巡察") is kept as written, without the word 巡察.
    /// </summary>
    private static string? ParseRound(string? title, string opening, string rest)
    {
        foreach (var text in new[] { title ?? "", opening })
        {
            if (!text.Contains('届')) continue;
            if (TermRoundRegex().Match(text) is { Success: true } m) return $"{m.Groups["term"].Value}届{m.Groups["c"].Value}第{m.Groups["r"].Value}轮";
            if (CommitteeTermRoundRegex().Match(text) is { Success: true } c)
                // 中共西乡塘区第三届委员会 is the district committee (区委) in its third term.
                return $"{c.Groups["term"].Value}届{(c.Groups["pk"].Value == "自治区" ? "区党委" : c.Groups["pk"].Value + "委")}第{c.Groups["r"].Value}轮";
        }
        // Only the few sentences with 届 are searched: the regex over a whole notice is as slow as the rest of the parse.
        foreach (var sentence in SentencesWith(rest, TermWords))
            if (TermRoundRegex().Match(sentence) is { Success: true } r) return $"{r.Groups["term"].Value}届{r.Groups["c"].Value}第{r.Groups["r"].Value}轮";
        foreach (var text in new[] { title ?? "", opening })
            if (RoundOnlyRegex().Match(text) is { Success: true } o) return o.Value[..^2];
        return null;
    }

    private static InspectionInfo ParseInspection(string opening, DateOnly? published, List<string> warnings)
    {
        if (opening.Length == 0) return new InspectionInfo(null, null, null, null, null, null, null);
        var team = TeamRegex().Matches(opening).Select(m => m.Value).OrderByDescending(v => v.Length > 3 ? 1 : 0).FirstOrDefault();
        string? kind = team is not null ? (team.Contains("巡视") ? "xunshi" : "xuncha")
            : opening.Contains("巡视") ? "xunshi" : opening.Contains("巡察") ? "xuncha" : null;
        var issuer = IssuerRegex().Match(opening) is { Success: true } im ? im.Value : null;
        string? type = opening.Contains("回头看") ? "回头看"
            : new[] { "专项", "机动", "联动", "提级", "常规" }.FirstOrDefault(t => opening.Contains(t + "巡") || opening.Contains(t + "“"));

        int? year = published?.Year;
        DateOnly? start = null, end = null, feedback = null;
        var range = RangeRegex().Match(opening);
        var afterRange = 0;
        if (range.Success)
        {
            foreach (Match d in DateRegex().Matches(opening[..range.Index]))
                if (d.Groups["y"].Success) year = int.Parse(d.Groups["y"].Value, CultureInfo.InvariantCulture);
            var a = DateRegex().Match(range.Groups["a"].Value);
            start = ToDate(a, year);
            if (a.Groups["y"].Success) year = int.Parse(a.Groups["y"].Value, CultureInfo.InvariantCulture);
            var b = DateRegex().Match(range.Groups["b"].Value);
            end = ToDate(b, year);
            if (b.Groups["y"].Success) year = int.Parse(b.Groups["y"].Value, CultureInfo.InvariantCulture);
            if (start is { } s && end is { } e && e < s && !b.Groups["y"].Success) { end = e.AddYears(1); year = end.Value.Year; }
            afterRange = range.Index + range.Length;
        }
        else warnings.Add("no on-site period (…至…) in the opening sentence");

        var fbIndex = opening.IndexOf("反馈", afterRange, StringComparison.Ordinal);
        if (fbIndex >= 0)
        {
            // The feedback date is the last date before the word 反馈 in its clause, or the first date after it.
            var candidates = DateRegex().Matches(opening, afterRange).Cast<Match>().ToList();
            var before = candidates.LastOrDefault(m => m.Index < fbIndex);
            var chosen = before ?? candidates.FirstOrDefault();
            if (chosen is not null)
            {
                foreach (var m in candidates.Where(m => m.Index < chosen.Index && m.Groups["y"].Success))
                    year = int.Parse(m.Groups["y"].Value, CultureInfo.InvariantCulture);
                feedback = ToDate(chosen, year);
                if (feedback is { } f && end is { } en && f < en && !chosen.Groups["y"].Success) feedback = f.AddYears(1);
            }
        }
        if (year is null && (start is null || feedback is null) && DateRegex().IsMatch(opening))
            warnings.Add("a date without a year and no year in context");
        return new InspectionInfo(kind, issuer, team, type, start, end, feedback);
    }

    private static DateOnly? ToDate(Match m, int? contextYear)
    {
        if (!m.Success) return null;
        int? year = m.Groups["y"].Success ? int.Parse(m.Groups["y"].Value, CultureInfo.InvariantCulture) : contextYear;
        if (year is null) return null;
        var month = int.Parse(m.Groups["m"].Value, CultureInfo.InvariantCulture);
        var day = int.Parse(m.Groups["d"].Value, CultureInfo.InvariantCulture);
        if (month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year.Value, month)) return null;
        return new DateOnly(year.Value, month, day);
    }

    private static string? ParseUnit(string opening, string? title)
    {
        var o = AliasRegex().Replace(opening, "");
        if (UnitRegex().Match(o) is { Success: true } m) return m.Groups["u"].Value.Trim();
        if (UnitFallbackRegex().Match(o) is { Success: true } f) return f.Groups["u"].Value.Trim();
        if (title is not null && TitleUnitRegex().Match(title) is { Success: true } t && t.Groups["u"].Value.Length >= 2) return t.Groups["u"].Value;
        return null;
    }
}
