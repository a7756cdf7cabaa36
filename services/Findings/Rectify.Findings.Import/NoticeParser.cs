using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Rectify.Findings.Import;

/// <summary>Reads the text of a notice (整改进展情况通报 / 反馈意见) into a <see cref="ParsedNotice"/>: metadata, stated totals, the finding tree of the feedback's problems, outcomes, contact line and warnings.</summary>
public static partial class NoticeParser
{
    private const string N = "[0-9零一二三四五六七八九十百两]+";

    // Heading markers, outermost first as domain.md lists them; the tree uses the order in which they first appear.
    private enum MarkerKind { None, CnTop, CnParen, Arabic, ArabicParen, Circled }

    [GeneratedRegex(@"^(?<m>[一二三四五六七八九十]{1,3}[、，,．.])(?<t>.*)$")] private static partial Regex CnTopRegex();
    [GeneratedRegex(@"^(?<m>[（(][一二三四五六七八九十]{1,3}[）)])[、.．]?(?<t>.*)$")] private static partial Regex CnParenRegex();
    [GeneratedRegex(@"^(?<m>\d{1,2}(?:[.．、，,](?!\d)|\s))(?<t>.*)$")] private static partial Regex ArabicRegex();
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

    [GeneratedRegex(@"下一步|下步|下阶段|打算|计划|需要进一步|线索|巩固|后续|后半篇|持续深化|继续深化|深化全面从严|努力方向|长效|意见建议")] private static partial Regex NarrativeTailRegex();
    [GeneratedRegex(@"^(?:在|关于|针对)?“.+”(?:方面|问题)|^关于“|^在“|^针对“|方面$|方面问题")] private static partial Regex AspectTitleRegex();
    [GeneratedRegex(@"^(?:下一步|下步|下阶段|欢迎|联系电话|联系方式|监督电话)")] private static partial Regex TerminatorRegex();

    [GeneratedRegex(@"(?<a>" + N + @")(?:个|大)?(?:大)?方面(?:的|存在|共|共计)?(?<p>" + N + @")(?<pu>个|项|条)(?<pk>分项问题|主要问题|具体问题|问题)?(?:[，,、]|共|共计|合计)?(?:(?<i>" + N + @")(?:个|项|条)(?:具体)?问题)?")]
    private static partial Regex TotalsRegex();
    [GeneratedRegex(@"(?<!上轮|上一轮|上次|以往)(?:巡察|巡视)(?:组)?(?:意见)?反馈(?:的|指出的)?(?:问题)?(?:共|共计)?(?<n>" + N + @")(?:个|项|条)(?<k>具体问题|主要问题|问题)")] private static partial Regex ProblemsOnlyRegex();
    [GeneratedRegex(@"已完成整改(?:事项|任务|问题)?(?<n>" + N + @")(?:个|项|条)|(?<n>" + N + @")(?:个|项|条)(?:具体)?问题(?:已经?)?(?:全部)?(?:整改完成|完成整改|整改到位|整改完毕)|已有(?<n>" + N + @")(?:个|项)(?:已经?)?(?:完成整改|整改完成)|已经?整改(?:完成)?(?<n>" + N + @")(?:个|项)|中的(?<n>" + N + @")个已经?(?:全部)?整改(?:完毕|完成|到位)")]
    private static partial Regex CompletedRegex();
    [GeneratedRegex(@"完成率(?:达到?|为)?(?<r>\d+(?:\.\d+)?)[%％]")] private static partial Regex RateRegex();

    [GeneratedRegex(@"(?:约谈|提醒谈话|诫勉谈话|谈话提醒|警示谈话|批评教育)(?<n>" + N + @")(?<u>人次|人|名|批次|批)")] private static partial Regex TalksRegex();
    [GeneratedRegex(@"(?:新制定|新建立|新出台|新建|制定出台|建立健全)(?:各类|相关|各项)?(?:规章)?(?:制度)?(?<n>" + N + @")(?:项|个|份|条|部)")] private static partial Regex RulesMadeRegex();
    [GeneratedRegex(@"(?:(?:修改完善|修订完善|修订|修改)(?:各类|相关|各项)?(?:规章)?(?:制度)?|完善(?:各类|相关|各项)?(?:规章)?制度)(?<n>" + N + @")(?:项|个|份|条|部)")] private static partial Regex RulesRevisedRegex();
    [GeneratedRegex(@"(?:清退|追缴|退回|收回|追回|返还|退还|退出)[^。；;，,]{0,16}?(?<n>\d+(?:\.\d+)?)(?<w>万)?元")] private static partial Regex MoneyRegex();

    [GeneratedRegex(@"(?:\d{3,4}[-－—])?\d{7,8}|1[3-9]\d{9}")] private static partial Regex PhoneRegex();
    [GeneratedRegex(@"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+")] private static partial Regex EmailRegex();
    [GeneratedRegex(@"(?:邮寄地址|通讯地址|来信地址|联系地址|地址)[：:]?(?<a>[^；;，,。]+)")] private static partial Regex AddressRegex();
    [GeneratedRegex(@"邮编[：:]?(?<p>\d{6})")] private static partial Regex PostcodeRegex();

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
        var findings = BuildFindings(body, warnings);
        var fullText = string.Join("\n", lines.Skip(Math.Max(opening, 0)));
        var stated = ParseTotals(fullText);
        CheckShape(stated, findings, warnings);
        var withoutStatus = Flatten(findings).Count(f => f.Children.Count == 0 && f.Status == FindingStatus.Unknown);
        var leaves = ParsedFinding.CountLeaves(findings);
        if (leaves > 0 && withoutStatus > 0)
            warnings.Add($"{withoutStatus} of {leaves} items state no status");
        if (findings.Count == 0) warnings.Add("no finding headings found in the feedback section");
        if (opening >= 0 && lines.Skip(opening + 1).Any(l => IsOpening(l) && l.Contains("统一部署") && (l.StartsWith("根据") || l.StartsWith("按照"))))
            warnings.Add("the file seems to hold a second notice (another opening sentence later on); only the first opening was read");

        return new ParsedNotice(title, published, unit, inspection, stated, findings, ParseOutcomes(fullText), ParseContact(lines), warnings);
    }

    private static IEnumerable<ParsedFinding> Flatten(IEnumerable<ParsedFinding> roots) =>
        roots.SelectMany(r => Flatten(r.Children).Prepend(r));

    private static bool IsOpening(string line) =>
        line.Length > 30 && (line.Contains("巡察") || line.Contains("巡视"))
        && (line.Contains("部署") || line.Contains("日至") || line.Contains("开展") || line.Contains("进行了") || line.Contains("反馈"))
        && !line.EndsWith("通报", StringComparison.Ordinal) && !line.EndsWith("报告", StringComparison.Ordinal);

    // ---- metadata ----

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

    // ---- the finding tree ----

    private sealed class Node(string title, int level)
    {
        public string Title { get; } = title;
        public int Level { get; } = level;
        public List<Node> Children { get; } = [];
        public List<string> Measures { get; } = [];
        public StringBuilder Running { get; } = new();
        public FindingStatus Status { get; set; }
        public string? StatusText { get; set; }
        public bool StatusFromLabel { get; set; }
        public bool MeasuresLabelSeen { get; set; }
        public string? Leader { get; set; }
        public string? Unit { get; set; }
        public string? Deadline { get; set; }

        public ParsedFinding ToFinding(FindingStatus inherited = FindingStatus.Unknown, string? inheritedText = null)
        {
            var status = Status;
            var statusText = StatusText;
            var fromLabel = StatusFromLabel;
            if (StatusGroupRegex().IsMatch(Title))
            {
                // "（一）已整改完成的问题" groups items by status: the heading is the status of everything below it.
                (status, statusText) = FindingStatusMapping.Parse(Title);
                fromLabel = true;
                return new ParsedFinding(Title, status, statusText, fromLabel, Measures, Leader, Unit, Deadline,
                    Children.Select(c => c.ToFinding(status, statusText)).ToList());
            }
            if (status == FindingStatus.Unknown && inherited != FindingStatus.Unknown)
                (status, statusText, fromLabel) = (inherited, inheritedText, true);
            if (status == FindingStatus.Unknown && Running.Length > 0)
                (status, statusText) = StatusInRunningText(Running.ToString());
            return new ParsedFinding(Title, status, statusText, fromLabel, Measures, Leader, Unit, Deadline,
                Children.Select(c => c.ToFinding(inherited, inheritedText)).ToList());
        }
    }

    private static (MarkerKind Kind, string Text) ReadMarker(string line)
    {
        Match m;
        if ((m = CnParenRegex().Match(line)).Success) return (MarkerKind.CnParen, m.Groups["t"].Value.Trim());
        if ((m = ArabicParenRegex().Match(line)).Success) return (MarkerKind.ArabicParen, m.Groups["t"].Value.Trim());
        if ((m = CircledRegex().Match(line)).Success) return (MarkerKind.Circled, m.Groups["t"].Value.Trim());
        if ((m = CnTopRegex().Match(line)).Success && !line.StartsWith("一是", StringComparison.Ordinal)) return (MarkerKind.CnTop, m.Groups["t"].Value.Trim());
        if ((m = ArabicRegex().Match(line)).Success && m.Groups["t"].Value.Trim().Length > 0) return (MarkerKind.Arabic, m.Groups["t"].Value.Trim());
        return (MarkerKind.None, line);
    }

    private static List<ParsedFinding> BuildFindings(List<string> body, List<string> warnings)
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
            var (kind, text) = ReadMarker(line);
            var current = stack.Count > 0 ? stack.Peek() : null;
            if (kind != MarkerKind.None)
            {
                var level = levels.IndexOf(kind);
                // After 整改情况： a marker kind that would nest below the item enumerates its measures.
                if (current is not null && ((current.MeasuresLabelSeen && (level < 0 || level > current.Level)) || MeasureStartRegex().IsMatch(text)))
                {
                    // "（1）一是…": a numbered measure, not a finding.
                    if (MeasureStartRegex().IsMatch(text)) { AddMeasureText(current, text, splitEnumerations: true); current.Running.Append(text).Append('\n'); continue; }
                    AddMeasureText(current, text, splitEnumerations: false);
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
                var node = new Node(title, level);
                if (stack.Count > 0) stack.Peek().Children.Add(node); else roots.Add(node);
                stack.Push(node);
                if (rest.Length > 0)
                {
                    if (LabelRegex().IsMatch(rest)) BodyLine(node, rest);
                    else if (TitleColonRegex().IsMatch(text) || rest.StartsWith("采取", StringComparison.Ordinal)) { node.Running.Append(rest).Append('\n'); AddMeasureText(node, rest, splitEnumerations: true); }
                    else if (FindingStatusMapping.Parse(rest) is { Status: not FindingStatus.Unknown } && rest.Length <= 20) BodyLine(node, "完成状态：" + rest);
                    else node.Running.Append(rest).Append('\n'); // the problem described further: read for a status, not for measures
                }
                continue;
            }
            if (current is null) continue; // preamble of the section
            if (TerminatorRegex().IsMatch(line)) break;
            BodyLine(current, line);
        }
        if (levels.Count > 0 && roots.Count > 0 && levels[0] != MarkerKind.CnTop && tops.Count == 0)
            warnings.Add("the notice has no 一、 sections; the whole text after the opening was read as the feedback");
        return roots.Select(r => r.ToFinding()).ToList();
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
            node.Running.Append(line).Append('\n');
            AddMeasureText(node, line, splitEnumerations: true);
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
            default: break; // 整改任务 / 存在问题: the problem restated
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

    // ---- totals, outcomes, contact ----

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
            Compare("aspects (方面)", stated.Aspects, At(0), "top-level headings");
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
