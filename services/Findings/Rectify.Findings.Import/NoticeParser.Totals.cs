using System.Globalization;
using System.Text.RegularExpressions;

namespace Rectify.Findings.Import;

// The totals the notice states and how they compare with the tree.
public static partial class NoticeParser
{
    [GeneratedRegex(@"(?<a>" + N + @")(?:个|大)?(?:大)?方面(?:的|存在|共|共计)?(?<p>" + N + @")(?<pu>个|项|条)(?<pk>分项问题|主要问题|具体问题|问题)?(?:[，,、]|共|共计|合计)?(?:(?<i>" + N + @")(?:个|项|条)(?:具体)?问题)?")]
    private static partial Regex TotalsRegex();
    [GeneratedRegex(@"(?<!上轮|上一轮|上次|以往)(?:巡察|巡视)(?:组)?(?:意见)?反馈(?:的|指出的)?(?:问题)?(?:共|共计)?(?<n>" + N + @")(?:个|项|条)(?<k>具体问题|主要问题|问题)")] private static partial Regex ProblemsOnlyRegex();
    [GeneratedRegex(@"已完成整改(?:事项|任务|问题)?(?<n>" + N + @")(?:个|项|条)|(?<n>" + N + @")(?:个|项|条)(?:具体)?问题(?:已经?)?(?:全部)?(?:整改完成|完成整改|整改到位|整改完毕)|已有(?<n>" + N + @")(?:个|项)(?:已经?)?(?:完成整改|整改完成)|已经?整改(?:完成)?(?<n>" + N + @")(?:个|项)|中的(?<n>" + N + @")个已经?(?:全部)?整改(?:完毕|完成|到位)")]
    private static partial Regex CompletedRegex();
    [GeneratedRegex(@"完成率(?:达到?|为)?(?<r>\d+(?:\.\d+)?)[%％]")] private static partial Regex RateRegex();

    public static StatedTotals ParseTotals(string text)
    {
        int? aspects = null, problems = null, issues = null;
        // "N个方面M个问题" needs a kind of problem after M (or a third count): "5个方面16项落实举措" is not a total.
        var t = TotalsRegex().Matches(text).FirstOrDefault(m => m.Groups["pk"].Success || m.Groups["i"].Success);
        var po = ProblemsOnlyRegex().Match(text);
        if (t is not null && (!po.Success || t.Index <= po.Index))
        {
            aspects = ChineseNumber.Parse(t.Groups["a"].Value);
            var p = ChineseNumber.Parse(t.Groups["p"].Value);
            if (t.Groups["i"].Success) { problems = p; issues = ChineseNumber.Parse(t.Groups["i"].Value); }
            else if (t.Groups["pk"].Value == "具体问题") issues = p;
            else problems = p;
        }
        else if (po.Success)
        {
            if (po.Groups["k"].Value == "具体问题") issues = ChineseNumber.Parse(po.Groups["n"].Value);
            else problems = ChineseNumber.Parse(po.Groups["n"].Value);
        }
        // "已完成整改39个" counts only next to the totals it refers to; elsewhere it is about other reviews (主题教育, 上轮巡视…).
        int? completed = null;
        var at = t is not null && (!po.Success || t.Index <= po.Index) ? t.Index : po.Success ? po.Index : -1;
        if (at >= 0 && CompletedRegex().Match(text, at) is { Success: true } c && c.Index - at <= 600)
            completed = ChineseNumber.Parse(c.Groups["n"].Value);
        decimal? rate = RateRegex().Match(text) is { Success: true } r ? decimal.Parse(r.Groups["r"].Value, CultureInfo.InvariantCulture) : null;
        return new StatedTotals(aspects, problems, issues, completed, rate);
    }

    /// <summary>Where the stated totals disagree with the tree: one message per disagreement, empty when they agree or nothing is stated.</summary>
    public static List<string> ShapeDisagreements(StatedTotals stated, IReadOnlyList<ParsedFinding> roots)
    {
        var result = new List<string>();
        var counts = ParsedFinding.CountLevels(roots);
        var leaves = ParsedFinding.CountLeaves(roots);
        void Compare(string what, int? statedValue, int? actual, string where)
        {
            if (statedValue is null) return;
            if (actual is null) result.Add($"the notice states {statedValue} {what} but the tree has no {where}");
            else if (actual != statedValue) result.Add($"the notice states {statedValue} {what} but the tree has {actual} {where}");
        }
        int? At(int i) => i < counts.Count ? counts[i] : null;
        if (stated.Aspects is not null && counts.Count == 1)
        {
            // The aspects are not marked in the text: the headings are the problems (or issues).
            result.Add($"the notice states {stated.Aspects} aspects (方面) but the text does not mark them; its {counts[0]} headings are read as problems");
            Compare(stated.Issues is not null && stated.Problems is null ? "specific issues (具体问题)" : "problems (问题)",
                stated.Problems ?? stated.Issues, counts[0], "headings");
        }
        else if (stated.Aspects is not null)
        {
            // A 立行立改 group (003: "（一）立行立改情况") gathers problems fixed at once, numbered with the others: not an aspect.
            var immediateGroups = roots.Count(r => ImmediateGroupRegex().IsMatch(r.Title));
            Compare("aspects (方面)", stated.Aspects, At(0) - immediateGroups,
                immediateGroups > 0 ? "top-level headings besides the 立行立改 group" : "top-level headings");
            if (stated.Problems is not null)
                Compare("problems (问题)", stated.Problems, At(1), "second-level headings");
            if (stated.Issues is not null)
                Compare("specific issues (具体问题)", stated.Issues, counts.Count >= (stated.Problems is null ? 2 : 3) ? leaves : null,
                    stated.Problems is null ? "leaf items below the aspects" : "leaf items at the third level or below");
        }
        else
        {
            if (stated.Issues is not null && stated.Problems is not null) Compare("problems (问题)", stated.Problems, At(0), "top-level headings");
            Compare(stated.Issues is not null ? "specific issues (具体问题)" : "problems (问题)", stated.Issues ?? stated.Problems, leaves, "leaf items");
        }
        if (stated.Completed is { } done && (stated.Issues ?? stated.Problems) is { } total && done > total)
            result.Add($"the notice states {done} completed out of {total}");
        return result;
    }

    private static void CheckShape(StatedTotals stated, IReadOnlyList<ParsedFinding> roots, List<string> warnings)
    {
        if (stated.Aspects is null && stated.Problems is null && stated.Issues is null)
        {
            warnings.Add("the notice states no totals (N个方面M个问题)");
            return;
        }
        warnings.AddRange(ShapeDisagreements(stated, roots));
    }
}
