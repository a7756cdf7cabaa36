using System.Buffers;
using System.Text.RegularExpressions;

namespace Rectify.Findings.Import;

// Outcome figures (talks, rules, money) and the contact line.
public static partial class NoticeParser
{
    private const string TalkKinds = "约谈|提醒谈话|诫勉谈话|谈话提醒|警示谈话|批评教育";

    // "诫勉谈话11人", "通过谈话提醒、批评教育等方式处理16人", "约谈2批次"; "对2名班子成员进行提醒谈话", "对另外1名干警开展批评教育";
    // "4名同志已分别受到了诫勉谈话、批评教育的问责处理"; "9人进行批评教育"; "对曾海东同志进行诫勉谈话" (one person).
    // One alternation so that overlapping forms are counted once. 廉政谈话提醒 is a routine integrity talk, not an admonishing one.
    [GeneratedRegex(@"(?<!廉政)(?:" + TalkKinds + @")(?:等方式处理|等处理|处理)?(?:共计|共|累计)?(?<n>" + N + @")(?<u>人次|人|名|批次|批)"
        + @"|对[^。；;，,对]{0,20}?(?<n>" + N + @")(?<u>名|人)(?:(?!对)[^。；;]){0,16}?(?:" + TalkKinds + @")"
        + @"|(?<n>" + N + @")(?<u>名|人)[^。；;，,]{0,12}?(?:受到了?|进行了?|实施了?)[^。；;，,]{0,6}?(?:" + TalkKinds + @")"
        + @"|对(?!相关|有关|涉事|该|上述|其他)[^。；;，,、对]{2,4}同志(?:进行|开展|实施)了?(?:" + TalkKinds + @")")]
    private static partial Regex TalksRegex();

    // Made: "新制定制度1项", "新建制度14项", "出台制度15项", "新增19项制度", "制定了…等10项制度".
    [GeneratedRegex(@"(?:新制定|制定|新建立|建立|新出台|出台|新建|新增)了?(?:各类|相关|各项)?(?:规章)?制度(?:共计|共)?(?<n>" + N + @")(?:项|个|份|部)"
        + @"|(?:新制定|制定|新出台|出台|新建|新增)了?[^。；;，,、]{0,16}?(?<n>" + N + @")(?:项|个|份|部)(?:规章)?制度")]
    private static partial Regex RulesMadeRegex();

    // Revised: "修改完善制度1项", "修订完善制度9项", "修改完善规章制度26项", "完善和修订…各项制度12项", "修订6项制度".
    [GeneratedRegex(@"(?:修改完善|修订完善|完善和修订|修订和完善|修订|修改|完善)了?(?:[^。；;，,]{0,16}?各项|各类|相关)?(?:规章)?制度(?:共计|共)?(?<n>" + N + @")(?:项|个|份|部)"
        + @"|(?:修订完善|修改完善|修订|完善)了?(?<n>" + N + @")(?:项|个|份|部)(?:规章)?制度")]
    private static partial Regex RulesRevisedRegex();

    // "清退违规资金共计73643.5元", "共退出违规钱款65.15万元", "退回违规差旅费，共2085元"; a list goes on in ContinuationRegex.
    [GeneratedRegex(@"(?:清退|追缴|退回|收回|追回|返还|退还|退出|挽回|缴回|上缴)(?:[^。；;，,]|[，,](?=共计|共|合计)){0,30}?(?<n>\d+(?:\.\d+)?)(?<w>万)?元")]
    private static partial Regex MoneyRegex();
    // "清退行车安全奖1200元,纪检工作津贴5720元", "加油卡5057元、公车ETC卡788元"; "…，共计300元" is the list's total, not one more.
    [GeneratedRegex(@"\G[、，,和及](?<t>共计|合计|共)?(?:[^。；;、，,]){0,12}?(?<n>\d+(?:\.\d+)?)(?<w>万)?元")]
    private static partial Regex ContinuationRegex();

    // "追责问责共计25人", "党纪政务处分3人", "给予2名…处分", "4名同志…受到了…问责处理".
    [GeneratedRegex(@"(?:追责问责|问责|追责|党纪政务处分|党纪处分|政务处分|纪律处分)(?:共计|共|累计)?(?<n>" + N + @")(?:人次|人|名)"
        + @"|给予(?<n>" + N + @")(?:人|名)[^。；;，,]{0,8}?(?:处分|问责)"
        + @"|(?<n>" + N + @")(?:名|人)[^。；;，,]{0,12}?受到了?[^。；;]{0,12}?(?:问责|处分)")]
    private static partial Regex AccountableRegex();

    // A figure that is only planned (拟新建和修订完善制度5项) is not an outcome.
    // Not 将: "已将新制定制度…印发" is done, not planned.
    private static bool Planned(string text, int index)
    {
        var before = text.AsSpan(Math.Max(0, index - 4), Math.Min(4, index));
        return before.Contains('拟') || before.Contains("计划", StringComparison.Ordinal);
    }

    [GeneratedRegex(@"(?:\d{3,4}[-－—])?\d{7,8}|1[3-9]\d{9}")] private static partial Regex PhoneRegex();
    [GeneratedRegex(@"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+")] private static partial Regex EmailRegex();
    [GeneratedRegex(@"(?:邮寄地址|通讯地址|来信地址|联系地址|地址)[：:]?(?<a>[^；;，,。]+)")] private static partial Regex AddressRegex();
    [GeneratedRegex(@"邮编[：:]?(?<p>\d{6})")] private static partial Regex PostcodeRegex();

    /// <summary>Outcome figures of one text, every mention summed.</summary>
    public static OutcomeFigures ParseOutcomes(string text) => ParseOutcomes(text, "");

    /// <summary>
    /// Outcome figures: a notice usually states them twice, once in its summary (the opening and the sections before the
    /// problem section) and again item by item. Summing both double-counts, so each figure comes from the summary when the
    /// summary states it, and otherwise from the rest (the problem section and what follows it, such as 问题线索的处理意见);
    /// within the chosen part its mentions are summed.
    /// </summary>
    public static OutcomeFigures ParseOutcomes(string summary, string problems)
    {
        var (sp, sb) = Talks(summary);
        var (tp, tb) = Talks(problems);
        return new OutcomeFigures(
            sp ?? tp, sb ?? tb,
            Count(RulesMadeRegex(), RuleWords, summary) ?? Count(RulesMadeRegex(), RuleWords, problems),
            Count(RulesRevisedRegex(), RuleWords, summary) ?? Count(RulesRevisedRegex(), RuleWords, problems),
            MoneyReturned(summary) ?? MoneyReturned(problems),
            Count(AccountableRegex(), AccountableWords, summary) ?? Count(AccountableRegex(), AccountableWords, problems));
    }

    // The outcome regexes run only on the sentences that hold one of these words: most of a notice holds none, and
    // running them over whole texts cost as much as all the rest of the parse.
    private static readonly string[] TalkWords = ["约谈", "谈话", "批评教育"];
    private static readonly string[] RuleWords = ["制度"];
    private static readonly string[] MoneyWords = ["清退", "追缴", "退回", "收回", "追回", "返还", "退还", "退出", "挽回", "缴回", "上缴"];
    private static readonly string[] AccountableWords = ["问责", "追责", "处分"];
    private static readonly SearchValues<char> SentenceEnds = SearchValues.Create("。；;\n");

    /// <summary>Each sentence (up to 。；or a line end, inclusive) that holds one of the words, once.</summary>
    private static IEnumerable<string> SentencesWith(string text, string[] words)
    {
        // One ordinal IndexOf per word (vectorised) rather than a multi-string search, which is slow for Chinese text.
        var next = new int[words.Length];
        for (var i = 0; i < words.Length; i++) next[i] = text.IndexOf(words[i], StringComparison.Ordinal);
        while (true)
        {
            var hit = -1;
            foreach (var n in next) if (n >= 0 && (hit < 0 || n < hit)) hit = n;
            if (hit < 0) yield break;
            var start = text.AsSpan(0, hit).LastIndexOfAny(SentenceEnds) + 1;
            var end = text.AsSpan(hit).IndexOfAny(SentenceEnds);
            end = end < 0 ? text.Length : hit + end + 1;
            yield return text[start..end];
            for (var i = 0; i < words.Length; i++)
                if (next[i] >= 0 && next[i] < end) next[i] = end < text.Length ? text.IndexOf(words[i], end, StringComparison.Ordinal) : -1;
        }
    }

    private static (int? People, int? Batches) Talks(string text)
    {
        int? people = null, batches = null;
        foreach (var sentence in SentencesWith(text, TalkWords))
            foreach (Match m in TalksRegex().Matches(sentence))
            {
                // "对曾海东同志进行诫勉谈话": one named person.
                var n = m.Groups["n"].Success ? ChineseNumber.Parse(m.Groups["n"].Value) : 1;
                if (n is null || Planned(sentence, m.Index)) continue;
                if (m.Groups["u"].Value.StartsWith('批')) batches = (batches ?? 0) + n;
                else people = (people ?? 0) + n;
            }
        return (people, batches);
    }

    private static int? Count(Regex regex, string[] words, string text)
    {
        int? total = null;
        foreach (var sentence in SentencesWith(text, words))
            foreach (Match m in regex.Matches(sentence))
                if (!Planned(sentence, m.Index) && ChineseNumber.Parse(m.Groups["n"].Value) is { } n) total = (total ?? 0) + n;
        return total;
    }

    /// <summary>Money returned or recovered (清退/追缴/退回/挽回…) in 元, every mention summed; null when none.</summary>
    private static decimal? MoneyReturned(string text)
    {
        decimal? total = null;
        if (!text.Contains('元')) return null;
        foreach (var sentence in SentencesWith(text, MoneyWords))
        {
            var covered = 0;
            foreach (Match m in MoneyRegex().Matches(sentence))
            {
                if (m.Index < covered) continue; // already read as part of the list before it
                var sum = Yuan(m.Groups["n"].Value, m.Groups["w"].Value);
                covered = m.Index + m.Length;
                for (var c = ContinuationRegex().Match(sentence, covered); c.Success; c = ContinuationRegex().Match(sentence, covered))
                {
                    var v = Yuan(c.Groups["n"].Value, c.Groups["w"].Value);
                    sum = c.Groups["t"].Success ? v : sum + v;
                    covered = c.Index + c.Length;
                }
                total = (total ?? 0) + sum;
            }
        }
        return total;
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
