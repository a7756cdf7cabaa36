namespace Rectify.Findings.Import;

/// <summary>The status a notice states for an item (完成状态/整改结果/整改进度), normalised.</summary>
public enum FindingStatus
{
    /// <summary>Nothing stated.</summary>
    Unknown,
    /// <summary>已完成 / 已完成整改 / 已整改到位 / 整改完成 / 已整改完毕.</summary>
    Completed,
    /// <summary>已完成整改并长期坚持 / 已完成并持续推进.</summary>
    CompletedSustained,
    /// <summary>基本完成.</summary>
    BasicallyCompleted,
    /// <summary>阶段性完成 / 取得阶段性成效.</summary>
    PartiallyCompleted,
    /// <summary>持续整改 / 长期坚持 / 持续推进 (alone, without 已完成).</summary>
    Ongoing,
    /// <summary>正在推进 / 正在整改 / 序时推进 / 整改中.</summary>
    InProgress,
    /// <summary>未完成.</summary>
    NotCompleted,
    /// <summary>未启动 / 尚未开展 / 未开始.</summary>
    NotStarted,
}

/// <summary>The task states of Rectify's tasks service (整改任务状态) and how a stated status maps onto them.</summary>
public static class FindingStatusMapping
{
    public const string Completed = "completed";
    public const string CompletedSustained = "completed_sustained";
    public const string InProgress = "in_progress";
    public const string NotStarted = "not_started";

    /// <summary>
    /// The mapping (also in docs/import-format.md): 已完成/已整改到位 → completed; 已完成整改并长期坚持 → completed_sustained;
    /// 基本完成, 阶段性完成, 持续整改/长期坚持, 正在推进, 未完成 → in_progress (the work is under way but not closed);
    /// 未启动 → not_started; nothing stated → null (the importer does not guess).
    /// </summary>
    public static string? ToTaskState(this FindingStatus status) => status switch
    {
        FindingStatus.Completed => Completed,
        FindingStatus.CompletedSustained => CompletedSustained,
        FindingStatus.BasicallyCompleted or FindingStatus.PartiallyCompleted or FindingStatus.Ongoing
            or FindingStatus.InProgress or FindingStatus.NotCompleted => InProgress,
        FindingStatus.NotStarted => NotStarted,
        _ => null,
    };

    /// <summary>snake_case name used in the JSON output.</summary>
    public static string? ToJsonName(this FindingStatus status) => status switch
    {
        FindingStatus.Unknown => null,
        FindingStatus.Completed => "completed",
        FindingStatus.CompletedSustained => "completed_sustained",
        FindingStatus.BasicallyCompleted => "basically_completed",
        FindingStatus.PartiallyCompleted => "partially_completed",
        FindingStatus.Ongoing => "ongoing",
        FindingStatus.InProgress => "in_progress",
        FindingStatus.NotCompleted => "not_completed",
        FindingStatus.NotStarted => "not_started",
        _ => null,
    };

    // Longest phrases first: the first that occurs wins.
    private static readonly (string Phrase, FindingStatus Status)[] Phrases =
    [
        ("已完成整改并长期坚持", FindingStatus.CompletedSustained),
        ("完成整改并长期坚持", FindingStatus.CompletedSustained),
        ("已完成并长期坚持", FindingStatus.CompletedSustained),
        ("已完成整改并持续推进", FindingStatus.CompletedSustained),
        ("已完成并持续推进", FindingStatus.CompletedSustained),
        ("已整改并长期坚持", FindingStatus.CompletedSustained),
        ("未完成", FindingStatus.NotCompleted),
        ("未启动", FindingStatus.NotStarted),
        ("尚未开展", FindingStatus.NotStarted),
        ("未开始", FindingStatus.NotStarted),
        ("基本完成", FindingStatus.BasicallyCompleted),
        ("阶段性完成", FindingStatus.PartiallyCompleted),
        ("取得阶段性成效", FindingStatus.PartiallyCompleted),
        ("已完成整改", FindingStatus.Completed),
        ("已整改到位", FindingStatus.Completed),
        ("已整改完成", FindingStatus.Completed),
        ("已整改完毕", FindingStatus.Completed),
        ("整改已完成", FindingStatus.Completed),
        ("已经整改完成", FindingStatus.Completed),
        ("整改完成", FindingStatus.Completed),
        ("已完成", FindingStatus.Completed),
        ("已办结", FindingStatus.Completed),
        ("正在推进", FindingStatus.InProgress),
        ("正在整改", FindingStatus.InProgress),
        ("序时推进", FindingStatus.InProgress),
        ("整改中", FindingStatus.InProgress),
        ("持续整改", FindingStatus.Ongoing),
        ("长期坚持", FindingStatus.Ongoing),
        ("持续推进", FindingStatus.Ongoing),
    ];

    /// <summary>The status named in a phrase such as "已完成整改并长期坚持。", or Unknown.</summary>
    public static (FindingStatus Status, string? Phrase) Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return (FindingStatus.Unknown, null);
        foreach (var (phrase, status) in Phrases)
            if (text.Contains(phrase, StringComparison.Ordinal)) return (status, phrase);
        return (FindingStatus.Unknown, null);
    }
}
