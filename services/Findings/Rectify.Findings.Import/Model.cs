namespace Rectify.Findings.Import;

/// <summary>One notice as read: a published rectification progress notice (整改进展情况通报) or a feedback document (反馈意见).</summary>
public sealed record ParsedNotice(
    string? Title,
    DateOnly? PublishedOn,
    string? Unit,
    InspectionInfo Inspection,
    StatedTotals Stated,
    IReadOnlyList<ParsedFinding> Findings,
    OutcomeFigures Outcomes,
    ContactLine? Contact,
    IReadOnlyList<string> Warnings)
{
    /// <summary>The inspection team's recommendations (意见建议) at the end of a feedback document, one string each; empty for notices without such a section.</summary>
    public IReadOnlyList<string> Recommendations { get; init; } = [];

    /// <summary>The overall statement of completion read against the tree; decides the status of items that state none.</summary>
    public CompletionStatement Completion { get; init; } = CompletionStatement.None;

    /// <summary>Nodes per depth of the finding tree: [aspects, problems, issues, ...] as the text is structured.</summary>
    public IReadOnlyList<int> LevelCounts => ParsedFinding.CountLevels(Findings);
}

/// <summary>The inspection (巡视 / 巡察) the notice reports on, from its opening sentence.</summary>
/// <param name="Kind">"xunshi" for 巡视 (central/provincial), "xuncha" for 巡察 (city/county); null when neither is named.</param>
/// <param name="Issuer">The issuing committee (中央/省委/市委/县委/区委/州委/区党委), as written.</param>
/// <param name="Team">The inspection team (巡视组/巡察组), e.g. 市委第三巡察组.</param>
/// <param name="Type">常规/专项/机动/联动/回头看/提级 when the text says so, otherwise null.</param>
/// <param name="OnSiteStart">First day on site (进驻).</param>
/// <param name="OnSiteEnd">Last day on site.</param>
/// <param name="FeedbackOn">Day of the feedback (反馈).</param>
/// <param name="Round">Term and round (届次轮次), e.g. 十三届市委第一轮; as written when the text gives only a round (第三轮).</param>
public sealed record InspectionInfo(
    string? Kind,
    string? Issuer,
    string? Team,
    string? Type,
    DateOnly? OnSiteStart,
    DateOnly? OnSiteEnd,
    DateOnly? FeedbackOn,
    string? Round = null);

/// <summary>The totals the notice states about the feedback (反馈问题): "4个方面16项43个具体问题", "已完成整改39个".</summary>
/// <param name="Aspects">方面.</param>
/// <param name="Problems">问题 / 主要问题 / 分项问题 / 项.</param>
/// <param name="Issues">具体问题.</param>
/// <param name="Completed">Items the notice says are done (已完成整改 N 个).</param>
/// <param name="CompletionRate">Percent, when stated (整改完成率).</param>
public sealed record StatedTotals(int? Aspects, int? Problems, int? Issues, int? Completed, decimal? CompletionRate)
{
    public static readonly StatedTotals None = new(null, null, null, null, null);
}

/// <summary>One finding of the feedback (反馈问题): an aspect (方面), a problem (问题) or a specific issue (具体问题), by its place in the tree.</summary>
/// <param name="Title">The heading text without its marker and without labels such as 整改任务：.</param>
/// <param name="Status">The status the notice states (完成状态), normalised; <see cref="FindingStatus.Unknown"/> when none.</param>
/// <param name="StatusText">The phrase the status was read from, as written.</param>
/// <param name="StatusFromLabel">True when a label (完成状态：/整改结果：/整改进度：/整改情况：) gave the status, false when it was found in running text.</param>
/// <param name="Measures">The measures taken (整改措施), split on 一是/二是… and on ①②/（1） lines after a 整改情况 label.</param>
/// <param name="ResponsibleLeader">责任领导, when stated.</param>
/// <param name="ResponsibleUnit">责任单位/责任部门, when stated.</param>
/// <param name="Deadline">完成时限, as written.</param>
/// <param name="Children">The findings below this one.</param>
/// <param name="Ordinal">The heading's number as written, without trailing punctuation: 一, （三）, 2, (1), ①; null for a table row without one.</param>
/// <param name="ImmediateFix">True when the item is stated as an immediate fix (立行立改/即知即改), in its own text or by a group heading above it.</param>
/// <param name="MoneyYuan">Money involved in the item, in 元 (万元 converted): the first amount in the problem as stated, else the money returned or recovered in its measures.</param>
public sealed record ParsedFinding(
    string Title,
    FindingStatus Status,
    string? StatusText,
    bool StatusFromLabel,
    IReadOnlyList<string> Measures,
    string? ResponsibleLeader,
    string? ResponsibleUnit,
    string? Deadline,
    IReadOnlyList<ParsedFinding> Children,
    string? Ordinal = null,
    bool ImmediateFix = false,
    decimal? MoneyYuan = null)
{
    public static IReadOnlyList<int> CountLevels(IReadOnlyList<ParsedFinding> roots)
    {
        var counts = new List<int>();
        var level = roots;
        while (level.Count > 0)
        {
            counts.Add(level.Count);
            level = level.SelectMany(f => f.Children).ToList();
        }
        return counts;
    }

    public static int CountLeaves(IReadOnlyList<ParsedFinding> roots) =>
        roots.Sum(f => f.Children.Count == 0 ? 1 : CountLeaves(f.Children));
}

/// <summary>Outcome figures of the rectification (整改成效): admonishing talks (约谈/提醒谈话/诫勉谈话/批评教育), rules made (新制定制度) and revised (修改完善制度), money returned or recovered (清退/追缴/退回/挽回, in 元), people held accountable (问责/党纪政务处分).</summary>
/// <param name="TalkPeople">People talked to, all kinds together.</param>
/// <param name="TalkBatches">Talks counted in batches (批次) rather than people.</param>
/// <param name="RulesMade">Rules newly made.</param>
/// <param name="RulesRevised">Rules revised.</param>
/// <param name="MoneyYuan">Money returned or recovered, in 元.</param>
/// <param name="AccountablePeople">People held accountable (问责, 党纪政务处分).</param>
public sealed record OutcomeFigures(int? TalkPeople, int? TalkBatches, int? RulesMade, int? RulesRevised, decimal? MoneyYuan, int? AccountablePeople = null)
{
    public static readonly OutcomeFigures None = new(null, null, null, null, null);
}

/// <summary>The contact line for public supervision (联系电话/邮箱/地址).</summary>
public sealed record ContactLine(string Text, string? Phone, string? Email, string? Address, string? Postcode);
