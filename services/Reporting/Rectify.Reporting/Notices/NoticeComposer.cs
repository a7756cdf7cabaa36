using Rectify.Reporting.Model;
using Rectify.Reporting.Queries;
using Rectify.ServiceDefaults.Text;

namespace Rectify.Reporting.Notices;

/// <summary>The parts of a notice a coordinator writes; null parts are generated from the data.</summary>
public sealed record NoticeNarrative(string? Organisation, string? NextSteps, IReadOnlyDictionary<Guid, string> Overrides)
{
    public static readonly NoticeNarrative Generated = new(null, null, new Dictionary<Guid, string>());
}

/// <summary>
/// Writes the progress notice of one inspection from the read model, in the form of the corpus notices:
/// title, date, opening sentence, 一、organisation, 二、overall progress, 三、each finding with what was done
/// and its status, 四、next steps, and the unit's published contact line. Clue counts are never printed.
/// </summary>
public static class NoticeComposer
{
    public static NoticeDocument Compose(InspectionData data, NoticeNarrative narrative, DateOnly asOf, FigureDay day)
    {
        var i = data.Inspection;
        var unit = data.Unit.Name;
        var kind = i.Kind == "xunshi" ? "巡视" : "巡察";
        var facts = Count(data, day);
        var lines = new List<NoticeLine>();
        var issuerName = $"{(unit.StartsWith("中共", StringComparison.Ordinal) ? "" : "中共")}{unit}";
        var title = $"{issuerName}关于{StatedText.Of(i.Issuer)}{kind}整改进展情况的通报";
        lines.Add(new(LineKind.Title, title));
        lines.Add(new(LineKind.Body, Opening(data, kind, facts, asOf)));

        lines.Add(new(LineKind.Section, $"一、组织落实{kind}整改情况"));
        var organisation = narrative.Organisation ?? $"{kind}反馈后，{unit}针对{kind}反馈的{facts.Items}个{ItemNoun(facts)}制定了{data.TasksByFinding.Sum(g => g.Count())}项整改任务，逐项明确整改措施、责任部门和整改时限，推进整改落实。";
        lines.AddRange(Paragraphs(organisation, data));

        lines.Add(new(LineKind.Section, "二、整改总体情况"));
        lines.Add(new(LineKind.Body, Summary(facts, kind, asOf)));
        if (Outcomes(facts) is { } outcomes)
            lines.Add(new(LineKind.Body, outcomes));

        lines.Add(new(LineKind.Section, $"三、{kind}反馈问题整改情况"));
        foreach (var finding in data.Children(null))
            AddFinding(lines, data, finding, narrative, day);

        lines.Add(new(LineKind.Section, "四、下一步工作打算"));
        var next = narrative.NextSteps ?? $"下一步，{unit}将持续巩固{kind}整改成果，对尚未完成整改的{facts.Items - facts.Completed}个{ItemNoun(facts)}明确时限、压实责任，确保按期整改到位；对已完成整改的问题定期开展“回头看”，防止问题反弹。";
        lines.AddRange(Paragraphs(next, data));
        lines.Add(new(LineKind.Closing, Contact(data.Contact, kind)));
        // 署名 and 成文日期 close the notice, as GB/T 9704 places them and the corpus prints them.
        lines.Add(new(LineKind.Signature, issuerName));
        lines.Add(new(LineKind.Date, ChineseText.Date(asOf)));
        return new NoticeDocument(title, lines, facts);
    }

    private static string Opening(InspectionData data, string kind, NoticeFacts facts, DateOnly asOf)
    {
        var i = data.Inspection;
        var (issuer, team, round, typeName) = (StatedText.Of(i.Issuer), StatedText.Of(i.Team), StatedText.Of(i.Round), StatedText.Of(i.Type));
        var when = i is { OnSiteStart: { } start, OnSiteEnd: { } end } ? $"{ChineseText.Date(start)}至{ChineseText.Date(end)}，" : "";
        var type = typeName is "" or "常规" or "专项" or "机动" or "联动" or "提级" ? $"{round}{typeName}{kind}" : $"{round}{kind}“{typeName}”";
        var feedback = i.FeedbackOn is { } on ? $"，并于{ChineseText.Date(on)}进行了{kind}意见反馈" : "";
        var rate = facts.CompletionRate is { } r ? $"，整改完成率{ChineseText.Percent(r)}" : "";
        return $"根据{issuer}{kind}工作统一部署，{when}{team}对{data.Unit.Name}开展了{type}{feedback}。{kind}反馈的{Totals(facts)}，截至{ChineseText.Date(asOf)}已完成整改{facts.Completed}个{rate}。现将{kind}整改进展情况通报如下：";
    }

    // As the corpus states them: "21个问题", "3个方面21个问题", "4个方面15个问题39个具体问题" (the last counts every item).
    private static string Totals(NoticeFacts f) =>
        f.Problems == 0 ? $"{f.Aspects}个问题"
        : f.Depth == 2 ? $"{f.Aspects}个方面{f.Problems}个问题"
        : $"{f.Aspects}个方面{f.Problems}个问题{f.Items}个具体问题";

    // Items are counted under the noun the opening's totals give them: with a third level they are 具体问题.
    private static string ItemNoun(NoticeFacts f) => f.Problems > 0 && f.Depth > 2 ? "具体问题" : "问题";

    private static string Summary(NoticeFacts f, string kind, DateOnly asOf)
    {
        var rate = f.CompletionRate is { } r ? $"，整改完成率{ChineseText.Percent(r)}" : "";
        // On-time and late completions apart (逾期完成: closed after the deadline), only once there is a late one.
        var parts = new List<string>();
        if (f.CompletedLate > 0)
            parts.Add($"按期完成{f.Completed - f.CompletedLate}个、逾期完成{f.CompletedLate}个");
        if (f.Sustained > 0)
            parts.Add($"需长期坚持{f.Sustained}个");
        var sustained = parts.Count > 0 ? $"（其中{string.Join("，", parts)}）" : "";
        return $"截至{ChineseText.Date(asOf)}，{kind}反馈的{f.Items}个{ItemNoun(f)}中，已完成整改{f.Completed}个{sustained}{rate}；正在推进{f.InProgress}个，尚未开展{f.NotStarted}个；超过整改时限仍未完成{f.Overdue}个。";
    }

    private static string? Outcomes(NoticeFacts f)
    {
        var parts = new List<string>();
        if (f.RulesMade > 0) parts.Add($"新制定制度{f.RulesMade}项");
        if (f.RulesRevised > 0) parts.Add($"修改完善制度{f.RulesRevised}项");
        if (f.TalkPeople > 0) parts.Add($"约谈{f.TalkPeople}人次");
        if (f.TalkBatches > 0) parts.Add($"约谈{f.TalkBatches}批次");
        if (f.MoneyReturned > 0) parts.Add($"清退资金{ChineseText.Money(f.MoneyReturned)}元");
        if (f.MoneyRecovered > 0) parts.Add($"追缴资金{ChineseText.Money(f.MoneyRecovered)}元");
        if (f.PeopleHeldAccountable > 0) parts.Add($"问责{f.PeopleHeldAccountable}人");
        return parts.Count == 0 ? null : $"整改过程中，{string.Join("，", parts)}。";
    }

    private static void AddFinding(List<NoticeLine> lines, InspectionData data, ReportedFinding f, NoticeNarrative narrative, FigureDay day)
    {
        var children = data.Children(f.FindingId);
        var kind = f.Level switch { 1 => LineKind.Heading1, 2 => LineKind.Heading2, _ => LineKind.Heading3 };
        lines.Add(new(kind, Marker(f) + f.Title));
        var tasks = data.TasksByFinding[f.FindingId].ToList();
        if (tasks.Count > 0 || children.Count == 0)
        {
            var done = Done(tasks, data, narrative.Overrides.GetValueOrDefault(f.FindingId));
            var overdue = tasks.Any(t => !t.IsClosed && t.Deadline < day.Today);
            var status = "完成状态：" + ItemStatuses.Phrase(ItemStatuses.Of(tasks), overdue) + "。";
            // After a 整改情况： label the importer reads deeper headings as measures, so a finding with
            // children gets its measures as a plain paragraph instead.
            if (children.Count > 0)
            {
                lines.Add(new(LineKind.Body, status));
                if (done.Length > 0) lines.Add(new(LineKind.Body, "采取的措施：" + done));
            }
            else
            {
                if (done.Length > 0) lines.Add(new(LineKind.Body, (tasks.Count > 0 && HasNotes(tasks, data) ? "整改情况：" : "整改措施：") + done));
                lines.Add(new(LineKind.Body, status));
            }
        }
        foreach (var child in children)
            AddFinding(lines, data, child, narrative, day);
    }

    private static bool HasNotes(List<ReportedTask> tasks, InspectionData data) => tasks.Any(t => data.NotesByTask[t.TaskId].Any());

    /// <summary>What was done: the coordinator's text, else the progress narratives in order, else the planned measures.</summary>
    private static string Done(List<ReportedTask> tasks, InspectionData data, string? overrideText)
    {
        if (overrideText is { Length: > 0 })
            return PublicText.Scrub(ChineseText.Enumerate([overrideText]), data.KnownNames);
        var notes = tasks.SelectMany(t => data.NotesByTask[t.TaskId]).Select(n => n.Narrative).ToList();
        if (notes.Count == 0)
            notes = [.. tasks.Select(t => t.Measures).Where(m => m.Length > 0)];
        return PublicText.Scrub(ChineseText.Enumerate(notes), data.KnownNames);
    }

    // The level's marker kind with the number as written, so the importer rebuilds the same tree:
    // （一） → 1. → （1） → ①; the section headings 一、 are never used inside the tree.
    private static string Marker(ReportedFinding f)
    {
        var n = ChineseText.NumberIn(f.Ordinal) ?? 1;
        return f.Level switch
        {
            1 => $"（{ChineseText.Numeral(n)}）",
            2 => f.Title.Length > 0 && char.IsAsciiDigit(f.Title[0]) ? $"{n} " : $"{n}.",
            3 => $"（{n}）",
            _ => ((char)('①' + (n - 1) % 20)).ToString(),
        };
    }

    private static IEnumerable<NoticeLine> Paragraphs(string text, InspectionData data) =>
        text.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0).Select(l => new NoticeLine(LineKind.Body, PublicText.Scrub(l, data.KnownNames)));

    private static string Contact(UnitContact? c, string kind)
    {
        var parts = new List<string>();
        if (StatedText.Of(c?.Phone) is { Length: > 0 } phone) parts.Add($"联系电话：{phone}");
        if (StatedText.Of(c?.Email) is { Length: > 0 } email) parts.Add($"电子邮箱：{email}");
        if (StatedText.Of(c?.Address) is { Length: > 0 } address) parts.Add($"通讯地址：{address}");
        var line = $"欢迎广大干部群众对{kind}整改落实情况进行监督。";
        return parts.Count == 0 ? line : $"{line}如有意见建议，请及时向我们反映。{string.Join("；", parts)}。";
    }

    /// <summary>
    /// A top-level "立行立改情况" group gathers the problems fixed at once, numbered with the aspects but not
    /// one of them (notices state "6个方面" beside it): the same reading as the importer's.
    /// </summary>
    private static readonly System.Text.RegularExpressions.Regex ImmediateGroup =
        new(@"^(?:巡察|巡视)?(?:移交的?|交办的?)?(?:立行立改|即知即改)", System.Text.RegularExpressions.RegexOptions.Compiled);

    private static NoticeFacts Count(InspectionData data, FigureDay day)
    {
        var live = data.Findings;
        var parents = live.Where(f => f.ParentId is not null).Select(f => f.ParentId!.Value).ToHashSet();
        var leaves = live.Where(f => !parents.Contains(f.FindingId)).ToList();
        var statuses = leaves.Select(f => (Status: ItemStatuses.Of(data.TasksByFinding[f.FindingId]),
            Overdue: data.TasksByFinding[f.FindingId].Any(t => !t.IsClosed && t.Deadline < day.Today))).ToList();
        var completed = statuses.Count(s => s.Status is ItemStatus.Completed or ItemStatus.CompletedSustained);
        var tasks = data.TasksByFinding.SelectMany(g => g).ToList();
        return new NoticeFacts(
            live.Count == 0 ? 0 : live.Max(f => f.Level), live.Count(f => f.Level == 1 && !ImmediateGroup.IsMatch(f.Title)), live.Count(f => f.Level == 2), leaves.Count, completed,
            statuses.Count(s => s.Status == ItemStatus.CompletedSustained), statuses.Count(s => s.Status == ItemStatus.InProgress),
            statuses.Count(s => s.Overdue), statuses.Count(s => s.Status == ItemStatus.NotStarted), Figures.Rate(completed, leaves.Count),
            tasks.Sum(t => t.RulesMade), tasks.Sum(t => t.RulesRevised), tasks.Sum(t => t.TalkPeople), tasks.Sum(t => t.TalkBatches),
            tasks.Sum(t => t.MoneyReturnedFen) / 100m, tasks.Sum(t => t.MoneyRecoveredFen) / 100m, tasks.Sum(t => t.PeopleHeldAccountable),
            leaves.Zip(statuses).Count(p => p.Second.Status is ItemStatus.Completed or ItemStatus.CompletedSustained
                && data.TasksByFinding[p.First.FindingId].Any(t => t.ClosedLate)));
    }
}
