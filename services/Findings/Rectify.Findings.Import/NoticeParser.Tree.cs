using System.Text.RegularExpressions;

namespace Rectify.Findings.Import;

// The finding tree: which section holds the feedback problems, headings by marker kind, labels, measures and statuses.
public static partial class NoticeParser
{
    // Heading markers, outermost first as domain.md lists them; the tree uses the order in which they first appear.
    private enum MarkerKind { None, CnTop, CnParen, Arabic, ArabicParen, Circled }

    [GeneratedRegex(@"^(?<m>[一二三四五六七八九十]{1,3}[、，,．.])(?<t>.*)$")] private static partial Regex CnTopRegex();
    [GeneratedRegex(@"^(?<m>[（(][一二三四五六七八九十]{1,3}[）)])[、.．]?(?<t>.*)$")] private static partial Regex CnParenRegex();
    // "2.5万元" is a number, "2.2020年来…" is item 2 (003): a year after the point still starts an item.
    [GeneratedRegex(@"^(?<m>\d{1,2}(?:[.．、，,](?!\d)|[.．](?=\d{4}年)|\s))(?<t>.*)$")] private static partial Regex ArabicRegex();
    [GeneratedRegex(@"^(?<m>[（(]\d{1,2}[）)])[、.．]?(?<t>.*)$")] private static partial Regex ArabicParenRegex();
    [GeneratedRegex(@"^(?<m>[①-⑳])(?<t>.*)$")] private static partial Regex CircledRegex();

    [GeneratedRegex(@"^[【\[]?(?<l>整改情况|整改措施|整改落实情况|整改进展情况|整改进展|具体措施|整改举措|完成状态|整改结果|整改进度|整改状态|完成情况|责任领导|牵头领导|责任单位|责任部门|责任科室|责任股室|牵头单位|完成时限|整改时限|整改任务|存在问题|问题表现|具体问题)[】\]]?[：:](?<t>.*)$")]
    private static partial Regex LabelRegex();

    [GeneratedRegex(@"^(?:整改任务|存在问题|问题表现|具体问题|问题)[：:]")] private static partial Regex TitleLabelRegex();
    [GeneratedRegex(@"(?:^|(?<=[。；;，,：:！!]))[一二三四五六七八九十]{1,3}是(?!的|否|不|指)")] private static partial Regex EnumerationRegex();
    [GeneratedRegex(@"[①-⑳]")] private static partial Regex CircledInlineRegex();
    [GeneratedRegex(@"^[一二三四五六七八九十]{1,3}是")] private static partial Regex MeasureStartRegex();
    [GeneratedRegex(@"^(?:已整改完成|已完成整改|已整改到位|基本完成整改|基本完成|正在推进整改|正在推进|正在整改|持续推进|尚未完成|未完成)的?(?:问题|事项|任务)$")] private static partial Regex StatusGroupRegex();
    [GeneratedRegex(@"采取了?(?<n>" + N + @")项措施[，,]其中[，,]?已完成(?<s>并长期坚持)?(?<m>" + N + @")项")] private static partial Regex MeasureCountRegex();
    [GeneratedRegex(@"^(?<t>.{4,120}?问题)[：:](?<r>.{10,})$")] private static partial Regex TitleColonRegex();
    [GeneratedRegex(@"下一步|下步|下阶段|打算|计划|需要进一步|线索|巩固|后续|后半篇|持续深化|继续深化|深化全面从严|努力方向|长效|意见建议")] private static partial Regex NarrativeTailRegex();
    [GeneratedRegex(@"^(?:在|关于|针对)?“.+”(?:方面|问题)|^关于“|^在“|^针对“|方面$|方面问题")] private static partial Regex AspectTitleRegex();
    [GeneratedRegex(@"^(?:下一步|下步|下阶段|欢迎|联系电话|联系方式|监督电话)")] private static partial Regex TerminatorRegex();
    // Sections about petitions handed over (交办信访件) or clues are reports on other work, not feedback problems.
    [GeneratedRegex(@"^(?:(?:巡视|巡察)组?)?(?:交办|移交)的?(?:信访|问题线索|线索)")] private static partial Regex NotAFindingRegex();
    [GeneratedRegex(@"立行立改|即知即改|立整立改|立知立改")] private static partial Regex ImmediateFixRegex();
    [GeneratedRegex(@"^(?:巡察|巡视)?(?:移交的?|交办的?)?(?:立行立改|即知即改)")] private static partial Regex ImmediateGroupRegex();
    // "100万元以上设备" is a threshold, not money involved.
    [GeneratedRegex(@"(?<n>\d+(?:\.\d+)?)(?<w>万|亿)?元(?!以上|以下|以内)")] private static partial Regex AmountRegex();

    private static (MarkerKind Kind, string Text, string Ordinal) ReadMarker(string line)
    {
        Match m;
        if ((m = CnParenRegex().Match(line)).Success) return Read(MarkerKind.CnParen, m);
        if ((m = ArabicParenRegex().Match(line)).Success) return Read(MarkerKind.ArabicParen, m);
        if ((m = CircledRegex().Match(line)).Success) return Read(MarkerKind.Circled, m);
        if ((m = CnTopRegex().Match(line)).Success && !line.StartsWith("一是", StringComparison.Ordinal)) return Read(MarkerKind.CnTop, m);
        if ((m = ArabicRegex().Match(line)).Success && m.Groups["t"].Value.Trim().Length > 0) return Read(MarkerKind.Arabic, m);
        return (MarkerKind.None, line, "");

        // The ordinal as written, without the punctuation that follows it: "一、" → 一, "2." → 2, "（三）" stays.
        static (MarkerKind, string, string) Read(MarkerKind kind, Match m) =>
            (kind, m.Groups["t"].Value.Trim(), m.Groups["m"].Value.TrimEnd('、', '，', ',', '．', '.', ' '));
    }


    /// <summary>The finding tree and the first body line of the section it was read from.</summary>
    private static (List<ParsedFinding> Findings, int From) BuildFindings(List<string> body, List<string> warnings)
    {
        // Top-level sections (一、二、…): pick the ones that carry the feedback's problems.
        var tops = new List<int>();
        for (var i = 0; i < body.Count; i++)
            if (ReadMarker(body[i]).Kind == MarkerKind.CnTop) tops.Add(i);

        int from, to;
        if (tops.Count == 0) { from = 0; to = body.Count; }
        else
        {
            var sections = tops.Select((start, k) => (Start: start, End: k + 1 < tops.Count ? tops[k + 1] : body.Count, Title: ReadMarker(body[start]).Text)).ToList();
            var aspects = sections.Where(s => AspectTitleRegex().IsMatch(s.Title) && !NarrativeTailRegex().IsMatch(s.Title)).ToList();
            if (aspects.Count >= 2)
            {
                // The aspects (方面) are the top-level headings themselves: 一、在“…”方面 / 一、关于“…”问题.
                from = aspects[0].Start; to = aspects[^1].End;
            }
            else
            {
                var candidates = sections.Where(s => !NarrativeTailRegex().IsMatch(s.Title)).ToList();
                if (candidates.Count == 0) candidates = sections;
                var best = candidates.OrderByDescending(s => StructureScore(body, s.Start + 1, s.End))
                    .ThenByDescending(s => s.End - s.Start).First();
                from = best.Start + 1; to = best.End;
            }
        }

        var levels = new List<MarkerKind>();
        var roots = new List<Node>();
        var stack = new Stack<Node>();
        for (var i = from; i < to; i++)
        {
            var line = body[i];
            var (kind, text, ordinal) = ReadMarker(line);
            var current = stack.Count > 0 ? stack.Peek() : null;
            if (kind != MarkerKind.None)
            {
                var level = levels.IndexOf(kind);
                // After 整改情况： a marker kind that would nest below the item enumerates its measures.
                // Once "（1）一是…" was a numbered measure, "（2）我局积极…" of the same kind is one too (report_16).
                if (current is not null && ((current.MeasuresLabelSeen && (level < 0 || level > current.Level)) || MeasureStartRegex().IsMatch(text)
                    || (current.MeasureKind == kind && kind != MarkerKind.None)))
                {
                    current.MeasureKind = kind;
                    // "（1）一是…": a numbered measure, not a finding.
                    var enumerated = MeasureStartRegex().IsMatch(text);
                    // Running is read for a status; a numbered measure line after 整改情况： is not (it reports a step, not the item).
                    (enumerated ? current.Running : current.MeasureLines).Append(text).Append('\n');
                    AddMeasureText(current, text, splitEnumerations: enumerated);
                    continue;
                }
                if (kind == MarkerKind.CnTop && tops.Count > 0 && level < 0 && levels.Count > 0)
                {
                    // A top-level heading after the tree started at a deeper kind: a new narrative section.
                    break;
                }
                if (level < 0) { levels.Add(kind); level = levels.Count - 1; }
                while (stack.Count > 0 && stack.Peek().Level >= level) stack.Pop();
                var (title, rest) = SplitTitle(TitleLabelRegex().Replace(text, ""));
                if (TitleColonRegex().Match(title) is { Success: true } tc)
                {
                    // "1.关于…的问题：采取了1项措施，其中，已完成并长期坚持1项：…" — the heading carries its own report.
                    title = tc.Groups["t"].Value;
                    rest = (tc.Groups["r"].Value + "。" + rest).TrimEnd('。');
                }
                var node = new Node(title, level, ordinal) { Excluded = NotAFindingRegex().IsMatch(title) };
                if (stack.Count > 0) stack.Peek().Children.Add(node); else roots.Add(node);
                stack.Push(node);
                if (rest.Length > 0)
                {
                    if (LabelRegex().IsMatch(rest)) BodyLine(node, rest);
                    else if (TitleColonRegex().IsMatch(text) || rest.StartsWith("采取", StringComparison.Ordinal)) { node.Running.Append(rest).Append('\n'); AddMeasureText(node, rest, splitEnumerations: true); }
                    else if (FindingStatusMapping.Parse(rest) is { Status: not FindingStatus.Unknown } && rest.Length <= 20) BodyLine(node, "完成状态：" + rest);
                    else
                    {
                        // The problem described further: read for a status and the money involved, not for measures.
                        node.Running.Append(rest).Append('\n');
                        node.Problem.Append('\n').Append(rest);
                    }
                }
                continue;
            }
            if (current is null) continue; // preamble of the section
            if (TerminatorRegex().IsMatch(line)) break;
            BodyLine(current, line);
        }
        // report_18 (四): among aspects that all have problems, one writes its single problem as an unmarked paragraph
        // followed by 整改情况： — that paragraph is the problem, not text of the aspect.
        if (roots.Count > 1 && roots.Count(r => r.Children.Count == 0) == 1
            && roots.Single(r => r.Children.Count == 0) is { Lead: not null, MeasuresLabelSeen: true } lone)
            lone.PromoteLead();
        if (levels.Count > 0 && roots.Count > 0 && levels[0] != MarkerKind.CnTop && tops.Count == 0)
            warnings.Add("the notice has no 一、 sections; the whole text after the opening was read as the feedback");
        return (Node.Kept(roots).Select(r => r.ToFinding()).ToList(), from);
    }

    private static int StructureScore(List<string> body, int from, int to)
    {
        var score = 0;
        for (var i = from; i < to; i++)
        {
            if (ReadMarker(body[i]).Kind != MarkerKind.None) score += 2;
            if (LabelRegex().IsMatch(body[i])) score += 1;
            if (body[i].Contains("问题", StringComparison.Ordinal) && body[i].Contains('“')) score += 1;
        }
        return score;
    }

    /// <summary>Title up to the first 。 outside quotes; the rest is returned separately.</summary>
    private static (string Title, string Remainder) SplitTitle(string text)
    {
        var depth = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c is '“' or '‘' or '《' or '「') depth++;
            else if (c is '”' or '’' or '》' or '」') depth = Math.Max(0, depth - 1);
            else if (c == '。' && depth == 0)
                return (text[..i].Trim(), text[(i + 1)..].Trim());
        }
        return (text.Trim().TrimEnd('；', ';', '：', ':'), "");
    }

    private static void BodyLine(Node node, string line)
    {
        var label = LabelRegex().Match(line);
        if (!label.Success)
        {
            var first = node.Children.Count == 0 && !node.MeasuresLabelSeen && node.Measures.Count == 0 && node.Running.Length == 0;
            node.Running.Append(line).Append('\n');
            AddMeasureText(node, line, splitEnumerations: true);
            if (first) (node.Lead, node.LeadMeasures, node.LeadRunning) = (line, node.Measures.Count, node.Running.Length);
            return;
        }
        var text = label.Groups["t"].Value.Trim();
        switch (label.Groups["l"].Value)
        {
            case "完成状态" or "整改结果" or "整改进度" or "整改状态" or "完成情况":
                SetStatus(node, text);
                break;
            case "整改情况" or "整改措施" or "整改落实情况" or "整改进展情况" or "整改进展" or "具体措施" or "整改举措":
                node.MeasuresLabelSeen = true;
                if (text.Length <= 20 && FindingStatusMapping.Parse(text).Status != FindingStatus.Unknown) SetStatus(node, text);
                else if (text.Length > 0)
                {
                    node.Running.Append(text).Append('\n');
                    AddMeasureText(node, text, splitEnumerations: true);
                }
                break;
            case "责任领导" or "牵头领导": node.Leader = text; break;
            case "责任单位" or "责任部门" or "责任科室" or "责任股室" or "牵头单位": node.Unit = text; break;
            case "完成时限" or "整改时限": node.Deadline = text; break;
            default: node.Problem.Append('\n').Append(text); break; // 整改任务 / 存在问题: the problem restated
        }
    }

    private static void SetStatus(Node node, string text)
    {
        var (status, phrase) = FindingStatusMapping.Parse(text);
        if (status == FindingStatus.Unknown) return;
        node.Status = status;
        node.StatusText = phrase;
        node.StatusFromLabel = true;
    }

    private static void AddMeasureText(Node node, string text, bool splitEnumerations)
    {
        if (splitEnumerations)
        {
            var marks = EnumerationRegex().Matches(text);
            if (marks.Count == 0) marks = CircledInlineRegex().Matches(text);
            if (marks.Count >= 1)
            {
                for (var k = 0; k < marks.Count; k++)
                {
                    var start = marks[k].Index + marks[k].Length;
                    var end = k + 1 < marks.Count ? marks[k + 1].Index : text.Length;
                    var part = text[start..end].Trim().TrimEnd('；', ';', '，', ',', '。');
                    if (part.Length > 0) node.Measures.Add(part);
                }
                return;
            }
        }
        var whole = text.Trim().TrimEnd('；', ';', '，', ',', '。');
        if (whole.Length > 0) node.Measures.Add(whole);
    }

    private static readonly string[] RunningPhrases =
        ["已完成整改并长期坚持", "已完成并长期坚持", "已整改到位", "已整改完成", "已整改完毕", "整改已完成", "已完成整改", "已全部整改", "基本完成", "阶段性完成", "正在推进", "持续整改", "序时推进"];

    private static (FindingStatus, string?) StatusInRunningText(string text)
    {
        // "采取了3项措施，其中，已完成并长期坚持2项": all done, or some.
        if (MeasureCountRegex().Match(text) is { Success: true } mc)
        {
            var all = ChineseNumber.Parse(mc.Groups["n"].Value);
            var done = ChineseNumber.Parse(mc.Groups["m"].Value);
            var sustained = mc.Groups["s"].Success;
            var counted = done == all ? (sustained ? FindingStatus.CompletedSustained : FindingStatus.Completed) : FindingStatus.PartiallyCompleted;
            return (counted, mc.Value);
        }
        // The last status statement in the item's own text wins: "……目前已整改到位。"
        var best = -1;
        string? phrase = null;
        foreach (var p in RunningPhrases)
        {
            var idx = text.LastIndexOf(p, StringComparison.Ordinal);
            if (idx > best || (idx == best && idx >= 0 && p.Length > (phrase?.Length ?? 0))) { best = idx; phrase = p; }
        }
        if (phrase is null) return (FindingStatus.Unknown, null);
        var status = phrase == "已全部整改" ? FindingStatus.Completed : FindingStatusMapping.Parse(phrase).Status;
        return (status, phrase);
    }
}
