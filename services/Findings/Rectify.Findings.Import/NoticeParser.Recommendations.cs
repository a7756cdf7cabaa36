using System.Text;
using System.Text.RegularExpressions;

namespace Rectify.Findings.Import;

// The recommendations (意见建议) that close a feedback document.
public static partial class NoticeParser
{
    // "三、意见建议", "二、巡察组提出的意见建议", "三、整改意见和建议": a short heading, not "征求意见建议" or "落实意见建议情况".
    [GeneratedRegex(@"^(?:(?:巡察|巡视)组?(?:提出)?的?)?(?:整改)?(?:意见建议|意见和建议|建议)[：:。]?$")] private static partial Regex RecommendationHeadingRegex();
    // A signature (中共某市委第三巡察组) or date line ends the section.
    [GeneratedRegex(@"^(?:中共)?.{0,20}(?:巡察组|巡视组)$|^\d{4}年\d{1,2}月\d{1,2}日$")] private static partial Regex SignatureRegex();

    /// <summary>
    /// The recommendations under a 意见建议 heading, one string per sub-heading (with its paragraph) or, without
    /// sub-headings, per 一是/二是 clause or paragraph. Empty when there is no such heading (the notices in the corpus).
    /// </summary>
    private static List<string> ParseRecommendations(List<string> body)
    {
        var result = new List<string>();
        // Contains first: reading the marker of every line a second time would cost as much as building the tree.
        var at = body.FindIndex(l => l.Length <= 30 && l.Contains("建议", StringComparison.Ordinal)
            && ReadMarker(l) is { Kind: not MarkerKind.None } m && RecommendationHeadingRegex().IsMatch(m.Text));
        if (at < 0) return result;
        var sectionKind = ReadMarker(body[at]).Kind;
        var paragraphs = new List<string>();
        StringBuilder? item = null;
        var itemKind = MarkerKind.None;
        for (var i = at + 1; i < body.Count; i++)
        {
            var line = body[i];
            var (kind, text, _) = ReadMarker(line);
            if (kind == sectionKind || kind == MarkerKind.CnTop || TerminatorRegex().IsMatch(line) || SignatureRegex().IsMatch(line)) break;
            // The first marker kind inside the section numbers the recommendations; deeper ones belong to the current one.
            if (kind != MarkerKind.None && (itemKind == MarkerKind.None || kind == itemKind))
            {
                itemKind = kind;
                if (item is not null) result.Add(item.ToString());
                item = new StringBuilder(text);
            }
            else if (item is not null) item.Append(line);
            else paragraphs.Add(line);
        }
        if (item is not null) { result.Add(item.ToString()); return result; }
        foreach (var p in paragraphs)
        {
            var marks = EnumerationRegex().Matches(p);
            if (marks.Count == 0) { result.Add(p); continue; }
            for (var k = 0; k < marks.Count; k++)
            {
                var start = marks[k].Index + marks[k].Length;
                var end = k + 1 < marks.Count ? marks[k + 1].Index : p.Length;
                var part = p[start..end].Trim().TrimEnd('；', ';', '，', ',', '。');
                if (part.Length > 0) result.Add(part);
            }
        }
        return result;
    }
}
