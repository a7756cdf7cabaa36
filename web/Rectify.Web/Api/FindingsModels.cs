namespace Rectify.Web.Api;

/// <summary>A row of GET /api/findings/inspections (巡视巡察). Dates are yyyy-MM-dd as the API writes them.</summary>
public sealed record InspectionSummary(
    string Id, string UnitId, string UnitName, string Kind, string Issuer, string Team, string Round, string Type,
    string OnSiteStart, string OnSiteEnd, string? FeedbackOn, string Status, long Version);

/// <summary>GET /api/findings/inspections/{id}: the inspection with its finding tree (withdrawn findings left out).</summary>
public sealed record InspectionDetail(
    string Id, string UnitId, string UnitName, string Kind, string Issuer, string Team, string Round, string Type,
    string OnSiteStart, string OnSiteEnd, string? FeedbackOn, string Status, long Version, IReadOnlyList<FindingNode> Findings,
    int? CloseOutLevels = null, IReadOnlyList<string>? OfficeReviewedFindingIds = null,
    IReadOnlyList<RecommendationEntry>? Recommendations = null, int ClueCount = 0, NoticeFigures? Notice = null);

/// <summary>What the notice an inspection was imported from states (通报所载), beside the tree's counts at the same levels; Disagreeing names the totals that differ ("aspects", "problems", "issues").</summary>
public sealed record NoticeFigures(
    string ImportId, StatedTotals Stated, StatedTotals Recorded, IReadOnlyList<string>? Disagreeing, NoticeOutcomes? Outcomes, ParsedContact? Contact);

/// <summary>Outcome figures a notice states (整改成效).</summary>
public sealed record NoticeOutcomes(int? TalkPeople, int? TalkBatches, int? RulesMade, int? RulesRevised, decimal? MoneyYuan, int? AccountablePeople);

/// <summary>A finding (问题) in the tree; level 1 aspect (方面) … 4 sub-issue. The ordinal is kept as the notice wrote it.</summary>
public sealed record FindingNode(
    string Id, string? ParentId, int Level, string Ordinal, string Title, IReadOnlyList<string>? Tags, decimal? MoneyInvolved,
    bool ImmediateFix, string? RecurrenceOfFindingId, long Version, IReadOnlyList<FindingNode>? Children);

/// <summary>POST /api/findings/inspections body. Dates travel as typed (yyyy-MM-dd); the API validates them.</summary>
public sealed record NewInspection(
    string? UnitId, string? Kind, string? Issuer, string? Team, string? Round, string? Type, string? OnSiteStart, string? OnSiteEnd);

/// <summary>POST /api/findings/inspections/{id}/findings body.</summary>
public sealed record NewFinding(
    string? ParentId, int Level, string? Ordinal, string? Title, bool ImmediateFix, decimal? MoneyInvolved, IReadOnlyList<string> Tags);

/// <summary>PUT /api/findings/inspections/{id}/findings/{findingId} body (replaces all of them).</summary>
public sealed record FindingRevision(string? Ordinal, string? Title, bool ImmediateFix, decimal? MoneyInvolved, IReadOnlyList<string> Tags);

/// <summary>An import preview (GET/POST /api/findings/imports): what the importer read, before anything is written.</summary>
public sealed record ImportPreview(
    string Id, string Status, string? Source, DateTimeOffset? CreatedAt, ParsedNotice? Notice,
    string? SuggestedUnitId, IReadOnlyList<string>? Missing, string? InspectionId);

/// <summary>The notice as `rectify import --dry-run --json` prints it (docs/import-format.md).</summary>
public sealed record ParsedNotice(
    string? Source, string? Title, string? PublishedOn, string? Unit, ParsedInspection? Inspection, StatedTotals? Stated,
    IReadOnlyList<int>? Structure, IReadOnlyList<ParsedFinding>? Findings, ParsedOutcomes? Outcomes, ParsedContact? Contact,
    IReadOnlyList<string>? Warnings, StatedCompletion? StatedCompletion = null);

/// <summary>The notice's overall statement of completion read against the tree: kind full (applied to items without a status), partial or unmatched (not applied).</summary>
public sealed record StatedCompletion(string Kind, int? Completed, int? Total, string? Level, int Counted, int WithoutStatus, int Applied);

public sealed record ParsedInspection(
    string? Kind, string? Issuer, string? Team, string? Type, string? OnSiteStart, string? OnSiteEnd, string? FeedbackOn);

public sealed record StatedTotals(int? Aspects, int? Problems, int? Issues, int? Completed, decimal? CompletionRate);

public sealed record ParsedFinding(
    string Title, string? Status, string? TaskState, string? StatusText, bool? StatusFromLabel, string? ResponsibleLeader,
    string? ResponsibleUnit, string? Deadline, IReadOnlyList<string>? Measures, IReadOnlyList<ParsedFinding>? Children,
    bool? StatusFromStatement = null);

public sealed record ParsedOutcomes(int? TalkPeople, int? TalkBatches, int? RulesMade, int? RulesRevised, decimal? MoneyYuan);

public sealed record ParsedContact(string? Text, string? Phone, string? Email, string? Address, string? Postcode);

/// <summary>POST /api/findings/imports/{id}/commit body: values that override or supply what the notice did not say.</summary>
public sealed record ImportCommit(
    string UnitId, string? Kind = null, string? Issuer = null, string? Team = null, string? Round = null, string? Type = null,
    string? OnSiteStart = null, string? OnSiteEnd = null, string? FeedbackOn = null);

/// <summary>The answer to a commit: 201 body.</summary>
public sealed record ImportCommitted(string ImportId, string InspectionId, int Findings, int Tasks);

/// <summary>A write that creates something: the created body, or the 400 problem.</summary>
public sealed record ApiCreated<T>(T? Value, ApiValidationProblem? Problem) where T : class;
