namespace Rectify.Findings.Model;

/// <summary>
/// An inspection (巡视 by a central/provincial committee, 巡察 by a city/county one) of one unit:
/// e.g. 市委第三巡察组 of 市委, 十三届市委第一轮, 常规, on site from a start to an end date.
/// </summary>
public sealed class Inspection
{
    public Guid Id { get; set; }
    public Guid UnitId { get; set; }
    /// <summary><see cref="InspectionKinds.Xunshi"/> or <see cref="InspectionKinds.Xuncha"/>.</summary>
    public required string Kind { get; set; }
    /// <summary>The issuing committee, e.g. 市委.</summary>
    public required string Issuer { get; set; }
    /// <summary>The team, e.g. 市委第三巡察组.</summary>
    public required string Team { get; set; }
    /// <summary>Term and round as written, e.g. 十三届市委第一轮.</summary>
    public required string Round { get; set; }
    /// <summary>常规, 专项, 机动, 联动, 回头看 or 提级.</summary>
    public required string Type { get; set; }
    public DateOnly OnSiteStart { get; set; }
    public DateOnly OnSiteEnd { get; set; }
    public DateOnly? FeedbackOn { get; set; }
    /// <summary>Rectification plan (整改方案) due; set with the feedback.</summary>
    public DateOnly? PlanDue { get; set; }
    /// <summary>Progress report (整改进展情况报告) to the inspection office due.</summary>
    public DateOnly? ProgressReportDue { get; set; }
    /// <summary>Public notice (整改进展情况通报) due.</summary>
    public DateOnly? PublicNoticeDue { get; set; }
    public DateOnly? StartedOn { get; set; }
    public DateOnly? ClosedOn { get; set; }
    public required string Status { get; set; }
    /// <summary>Registered in error and withdrawn before any finding was recorded; hidden everywhere.</summary>
    public bool Withdrawn { get; set; }
    /// <summary>Close-out levels (对账销号): 1 the unit alone, 2 the unit then the office; null = the deployment's default.</summary>
    public int? CloseOutLevels { get; set; }
    /// <summary>Findings whose items the office reviews whatever the level (e.g. the feedback's key findings).</summary>
    public List<Guid> OfficeReviewedFindingIds { get; set; } = [];
    /// <summary>What the notice the inspection was imported from states (totals, outcomes, contact); null for one registered by hand.</summary>
    public NoticeFigures? Notice { get; set; }
    /// <summary>Bumped by every change to the inspection or its finding tree: the version its events carry.</summary>
    public long Version { get; set; }
}

public static class InspectionKinds
{
    public const string Xunshi = "xunshi";
    public const string Xuncha = "xuncha";
    public static readonly string[] All = [Xunshi, Xuncha];
    public static readonly string[] Types = ["常规", "专项", "机动", "联动", "回头看", "提级"];
}

public static class InspectionStatuses
{
    public const string Registered = "registered";
    public const string FeedbackDelivered = "feedback_delivered";
    public const string Rectifying = "rectifying";
    public const string Closed = "closed";
}
