using System.Globalization;
using System.Text.RegularExpressions;

namespace Rectify.Findings.Import;

// Outcome figures (talks, rules, money) and the contact line.
public static partial class NoticeParser
{
    [GeneratedRegex(@"(?:约谈|提醒谈话|诫勉谈话|谈话提醒|警示谈话|批评教育)(?<n>" + N + @")(?<u>人次|人|名|批次|批)")] private static partial Regex TalksRegex();
    [GeneratedRegex(@"(?:新制定|新建立|新出台|新建|制定出台|建立健全)(?:各类|相关|各项)?(?:规章)?(?:制度)?(?<n>" + N + @")(?:项|个|份|条|部)")] private static partial Regex RulesMadeRegex();
    [GeneratedRegex(@"(?:(?:修改完善|修订完善|修订|修改)(?:各类|相关|各项)?(?:规章)?(?:制度)?|完善(?:各类|相关|各项)?(?:规章)?制度)(?<n>" + N + @")(?:项|个|份|条|部)")] private static partial Regex RulesRevisedRegex();
    [GeneratedRegex(@"(?:清退|追缴|退回|收回|追回|返还|退还|退出)[^。；;，,]{0,16}?(?<n>\d+(?:\.\d+)?)(?<w>万)?元")] private static partial Regex MoneyRegex();

    [GeneratedRegex(@"(?:\d{3,4}[-－—])?\d{7,8}|1[3-9]\d{9}")] private static partial Regex PhoneRegex();
    [GeneratedRegex(@"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+")] private static partial Regex EmailRegex();
    [GeneratedRegex(@"(?:邮寄地址|通讯地址|来信地址|联系地址|地址)[：:]?(?<a>[^；;，,。]+)")] private static partial Regex AddressRegex();
    [GeneratedRegex(@"邮编[：:]?(?<p>\d{6})")] private static partial Regex PostcodeRegex();

    public static OutcomeFigures ParseOutcomes(string text)
    {
        int? people = null, batches = null;
        foreach (Match m in TalksRegex().Matches(text))
        {
            var n = ChineseNumber.Parse(m.Groups["n"].Value);
            if (n is null) continue;
            if (m.Groups["u"].Value.StartsWith('批')) batches = (batches ?? 0) + n;
            else people = (people ?? 0) + n;
        }
        int? made = RulesMadeRegex().Match(text) is { Success: true } rm ? ChineseNumber.Parse(rm.Groups["n"].Value) : null;
        int? revised = RulesRevisedRegex().Match(text) is { Success: true } rr ? ChineseNumber.Parse(rr.Groups["n"].Value) : null;
        decimal? money = null;
        foreach (Match m in MoneyRegex().Matches(text))
        {
            var v = decimal.Parse(m.Groups["n"].Value, CultureInfo.InvariantCulture);
            if (m.Groups["w"].Success) v *= 10000m;
            money = (money ?? 0) + v;
        }
        return new OutcomeFigures(people, batches, made, revised, money);
    }

    private static ContactLine? ParseContact(List<string> lines)
    {
        for (var i = lines.Count - 1; i >= Math.Max(0, lines.Count - 12); i--)
        {
            var line = lines[i];
            if (!(line.Contains("联系电话") || line.Contains("电话") || line.Contains("邮箱") || line.Contains("来信"))) continue;
            var start = new[] { "联系电话", "监督电话", "电话", "电子邮箱", "邮箱", "来信" }.Select(k => line.IndexOf(k, StringComparison.Ordinal)).Where(x => x >= 0).DefaultIfEmpty(0).Min();
            var text = line[start..].Trim();
            return new ContactLine(text,
                PhoneRegex().Match(text) is { Success: true } p ? p.Value : null,
                EmailRegex().Match(text) is { Success: true } e ? e.Value : null,
                AddressRegex().Match(text) is { Success: true } a ? a.Groups["a"].Value.Trim() : null,
                PostcodeRegex().Match(text) is { Success: true } pc ? pc.Groups["p"].Value : null);
        }
        return null;
    }
}
