using System.ComponentModel.DataAnnotations;
using Rectify.Findings.Model;

namespace Rectify.Findings.Apis;

public sealed record InspectionRequest(
    [property: Required] Guid? UnitId,
    [property: Required, AllowedValues(InspectionKinds.Xunshi, InspectionKinds.Xuncha)] string Kind,
    [property: Required, StringLength(50, MinimumLength = 2)] string Issuer,
    [property: Required, StringLength(100, MinimumLength = 2)] string Team,
    [property: Required, StringLength(100, MinimumLength = 2)] string Round,
    [property: Required, AllowedValues("常规", "专项", "机动", "联动", "回头看", "提级")] string Type,
    [property: Required] DateOnly? OnSiteStart,
    [property: Required] DateOnly? OnSiteEnd,
    [property: Range(1, 2)] int? CloseOutLevels = null)
{
    public InspectionInput ToInput() => new(UnitId!.Value, Kind, Issuer, Team, Round, Type, OnSiteStart!.Value, OnSiteEnd!.Value);
}

/// <summary>The close-out policy (对账销号): levels 1 or 2, or null for the deployment's default; findings the office always reviews.</summary>
public sealed record CloseOutPolicyRequest([property: Range(1, 2)] int? CloseOutLevels = null, [property: MaxLength(500)] List<Guid>? OfficeReviewedFindingIds = null);

public sealed record FeedbackRequest([property: Required] DateOnly? FeedbackOn);

public sealed record FindingRequest(
    Guid? ParentId,
    [property: Required, StringLength(20, MinimumLength = 1)] string Ordinal,
    [property: Required, StringLength(2000, MinimumLength = 2)] string Title,
    [property: Range(1, Finding.MaxLevel)] int Level,
    bool? ImmediateFix = null,
    [property: Range(typeof(decimal), "0", "1000000000000")] decimal? MoneyInvolved = null,
    [property: MaxLength(20)] List<string>? Tags = null)
{
    public FindingInput ToInput() => new(ParentId, Level, Ordinal, Title, ImmediateFix ?? false, MoneyInvolved, Tags ?? []);
}

/// <summary>A PUT replaces what can be revised: ordinal, title, immediate-fix (absent = false), money (absent = none) and tags.</summary>
public sealed record FindingRevisionRequest(
    [property: Required, StringLength(20, MinimumLength = 1)] string Ordinal,
    [property: Required, StringLength(2000, MinimumLength = 2)] string Title,
    bool? ImmediateFix = null,
    [property: Range(typeof(decimal), "0", "1000000000000")] decimal? MoneyInvolved = null,
    [property: MaxLength(20)] List<string>? Tags = null)
{
    public FindingRevision ToRevision() => new(Ordinal, Title, ImmediateFix ?? false, MoneyInvolved, Tags ?? []);
}

public sealed record InspectionSummary(
    Guid Id, Guid UnitId, string UnitName, string Kind, string Issuer, string Team, string Round, string Type,
    DateOnly OnSiteStart, DateOnly OnSiteEnd, DateOnly? FeedbackOn, DateOnly? PlanDue, DateOnly? ProgressReportDue, DateOnly? PublicNoticeDue,
    DateOnly? StartedOn, DateOnly? ClosedOn, string Status, long Version, int? CloseOutLevels = null, List<Guid>? OfficeReviewedFindingIds = null)
{
    public static InspectionSummary From(Inspection i, string unitName) =>
        new(i.Id, i.UnitId, unitName, i.Kind, i.Issuer, i.Team, i.Round, i.Type, i.OnSiteStart, i.OnSiteEnd, i.FeedbackOn,
            i.PlanDue, i.ProgressReportDue, i.PublicNoticeDue, i.StartedOn, i.ClosedOn, i.Status, i.Version, i.CloseOutLevels, i.OfficeReviewedFindingIds);
}

/// <summary>An inspection with its finding tree nested, its recommendations, and only the number of its clues.</summary>
public sealed record InspectionResponse(
    Guid Id, Guid UnitId, string UnitName, string Kind, string Issuer, string Team, string Round, string Type,
    DateOnly OnSiteStart, DateOnly OnSiteEnd, DateOnly? FeedbackOn, DateOnly? PlanDue, DateOnly? ProgressReportDue, DateOnly? PublicNoticeDue,
    DateOnly? StartedOn, DateOnly? ClosedOn, string Status, long Version, List<FindingNode> Findings, List<RecommendationItem> Recommendations,
    int ClueCount, int? CloseOutLevels = null, List<Guid>? OfficeReviewedFindingIds = null, NoticeFiguresItem? Notice = null)
{
    public static InspectionResponse From(Inspection i, string unitName, IEnumerable<Finding> findings,
        IEnumerable<Recommendation> recommendations, int clueCount)
    {
        var children = findings.Where(f => !f.Withdrawn).ToLookup(f => f.ParentId);
        List<FindingNode> Nodes(Guid? parent) =>
            [.. children[parent].OrderBy(f => f.Position).ThenBy(f => f.Id).Select(f => FindingNode.From(f, Nodes(f.Id)))];
        return new(i.Id, i.UnitId, unitName, i.Kind, i.Issuer, i.Team, i.Round, i.Type, i.OnSiteStart, i.OnSiteEnd, i.FeedbackOn,
            i.PlanDue, i.ProgressReportDue, i.PublicNoticeDue, i.StartedOn, i.ClosedOn, i.Status, i.Version, Nodes(null),
            [.. recommendations.Where(r => !r.Withdrawn).OrderBy(r => r.Position).Select(r => new RecommendationItem(r.Id, r.Position, r.Text))],
            clueCount, i.CloseOutLevels, i.OfficeReviewedFindingIds, NoticeFiguresItem.From(i.Notice, findings.Where(f => !f.Withdrawn).ToList()));
    }
}


public sealed record RecommendationItem(Guid Id, int Position, string Text);

public sealed record FindingNode(
    Guid Id, Guid? ParentId, int Level, string Ordinal, string Title, List<string> Tags, decimal? MoneyInvolved, bool ImmediateFix,
    Guid? RecurrenceOfFindingId, long Version, List<FindingNode> Children)
{
    public static FindingNode From(Finding f, List<FindingNode> children) =>
        new(f.Id, f.ParentId, f.Level, f.Ordinal, f.Title, f.Tags, f.MoneyInvolved, f.ImmediateFix, f.RecurrenceOfFindingId, f.Version, children);
}

public sealed record DueDatesRequest([property: Required] DateOnly? PlanDue, [property: Required] DateOnly? ProgressReportDue,
    [property: Required] DateOnly? PublicNoticeDue)
{
    public DueDates ToDueDates() => new(PlanDue!.Value, ProgressReportDue!.Value, PublicNoticeDue!.Value);
}

/// <summary>The earlier finding this one repeats; null removes the link.</summary>
public sealed record RecurrenceRequest(Guid? EarlierFindingId);

public sealed record RecommendationRequest([property: Required, StringLength(4000, MinimumLength = 2)] string Text);

public sealed record ClueRequest(
    [property: Required, StringLength(4000, MinimumLength = 2)] string Summary,
    [property: Required, StringLength(100, MinimumLength = 2)] string HandedTo,
    [property: Required] DateOnly? HandedOverOn,
    [property: Required, AllowedValues(ClueStatuses.HandedOver, ClueStatuses.Handling, ClueStatuses.Concluded)] string Status,
    [property: StringLength(4000)] string? Outcome = null)
{
    public ClueInput ToInput() => new(Summary, HandedTo, HandedOverOn!.Value, Status, Outcome);
}

public sealed record ClueItem(Guid Id, string Summary, string HandedTo, DateOnly HandedOverOn, string Status, string? Outcome, long Version)
{
    public static ClueItem From(Clue c) => new(c.Id, c.Summary, c.HandedTo, c.HandedOverOn, c.Status, c.Outcome, c.Version);
}
