namespace Rectify.Findings.Import;

/// <summary>Reads the text of a notice (整改进展情况通报 / 反馈意见) into a <see cref="ParsedNotice"/>: metadata, stated totals, the finding tree of the feedback's problems, outcomes, contact line and warnings.</summary>
public static partial class NoticeParser
{
    private const string N = "[0-9零一二三四五六七八九十百两]+";

    public static ParsedNotice Parse(string text, DateOnly? publishedFallback = null)
    {
        var lines = NoticeCleaner.CleanLines(text);
        var warnings = new List<string>();

        // Header: title lines and a date line before the opening sentence.
        var opening = lines.FindIndex(l => IsOpening(l));
        if (opening < 0 || opening > 8) { warnings.Add("no opening sentence (根据…部署…巡察/巡视…) found in the first lines"); opening = -1; }
        var titleParts = new List<string>();
        DateOnly? published = null;
        for (var i = 0; i < (opening < 0 ? Math.Min(1, lines.Count) : opening); i++)
        {
            if (DateOnlyLineRegex().IsMatch(lines[i])) published = ToDate(DateRegex().Match(lines[i]), null);
            else if (ReadMarker(lines[i]).Kind != MarkerKind.CnTop) titleParts.Add(lines[i]);
        }
        // Otherwise the 成文日期 under the 署名 at the end, where official documents put it.
        published ??= lines.TakeLast(3).Where(l => DateOnlyLineRegex().IsMatch(l)).Select(l => ToDate(DateRegex().Match(l), null)).LastOrDefault();
        published ??= publishedFallback;
        var openingText = opening >= 0 ? lines[opening] : "";
        var inspection = ParseInspection(openingText, published, warnings);
        var unit = ParseUnit(openingText, titleParts.Count > 0 ? string.Concat(titleParts) : null);
        string? title = titleParts.Count > 0 ? string.Concat(titleParts) : null;
        if (title is null && unit is not null)
        {
            title = $"{unit}关于{(inspection.Kind == "xunshi" ? "巡视" : "巡察")}整改进展情况的通报";
            warnings.Add("the file has no title line; the title is derived from the opening sentence");
        }

        var body = opening >= 0 ? lines.Skip(opening + 1).ToList() : lines;
        var fullText = string.Join("\n", lines.Skip(Math.Max(opening, 0)));
        inspection = inspection with { Round = ParseRound(title, openingText, fullText) };
        var (findings, treeFrom) = BuildFindings(body, warnings);
        var stated = ParseTotals(fullText);
        CheckShape(stated, findings, warnings);
        var completion = CompletionStatement.Read(stated, findings);
        if (completion.Warning is { } said) warnings.Add(said);
        var withoutStatus = Flatten(findings).Count(f => f.Children.Count == 0 && f.Status == FindingStatus.Unknown);
        var leaves = ParsedFinding.CountLeaves(findings);
        if (leaves > 0 && withoutStatus > 0)
            warnings.Add($"{withoutStatus} of {leaves} items state no status");
        if (findings.Count == 0) warnings.Add("no finding headings found in the feedback section");
        if (opening >= 0 && lines.Skip(opening + 1).Any(l => IsOpening(l) && l.Contains("统一部署") && (l.StartsWith("根据") || l.StartsWith("按照"))))
            warnings.Add("the file seems to hold a second notice (another opening sentence later on); only the first opening was read");

        // The opening and the sections before the problem section are the summary; the problem section repeats its figures item by item.
        var outcomes = ParseOutcomes(string.Join("\n", body.Take(treeFrom).Prepend(openingText)), string.Join("\n", body.Skip(treeFrom)));
        return new ParsedNotice(title, published, unit, inspection, stated, findings, outcomes, ParseContact(lines), warnings)
        {
            Recommendations = ParseRecommendations(body),
            Completion = completion,
        };
    }

    private static IEnumerable<ParsedFinding> Flatten(IEnumerable<ParsedFinding> roots) =>
        roots.SelectMany(r => Flatten(r.Children).Prepend(r));

    private static bool IsOpening(string line) =>
        line.Length > 30 && (line.Contains("巡察") || line.Contains("巡视"))
        && (line.Contains("部署") || line.Contains("日至") || line.Contains("开展") || line.Contains("进行了") || line.Contains("反馈"))
        && !line.EndsWith("通报", StringComparison.Ordinal) && !line.EndsWith("报告", StringComparison.Ordinal);
}
