namespace Rectify.Web.Api;

// What the reporting service (报表) answers under /api/reports and /public (docs/reporting.md).

/// <summary>The figures every report serves; overdue always comes with the completion rate (null when there is nothing to count).</summary>
public sealed record ReportFigures(
    int Total, int Closed, int Sustained, int InProgress, int NotStarted, int Overdue, int Red, int Yellow, int Green, int Slipped, int SlipDays,
    int NoRecentProgress, decimal? CompletionRate, ReportOutcomes Outcomes, int ClosedOnTime = 0, int ClosedLate = 0, int Locked = 0);

/// <summary>整改成效: sums of the tasks' latest outcome totals; money in 元.</summary>
public sealed record ReportOutcomes(
    int RulesMade, int RulesRevised, int TalkPeople, int TalkBatches, decimal MoneyReturned, decimal MoneyRecovered, int PeopleHeldAccountable);

/// <summary>The filter a report applied, as the API echoes it.</summary>
public sealed record ReportFilter(string? JurisdictionPath, Guid? UnitId, Guid? InspectionId, string? Round, string? Team, string? Category);

/// <summary>GET /api/reports/dashboard: one row per unit in the jurisdiction.</summary>
public sealed record ReportDashboard(DateOnly AsOf, ReportFilter? Filter, ReportFigures Totals, int Clues, List<ReportUnitRow> Rows);

public sealed record ReportUnitRow(Guid UnitId, string Name, string ShortName, string JurisdictionPath, ReportFigures Figures, int Clues);

/// <summary>GET /api/reports/units/{id}: a unit's own view.</summary>
public sealed record UnitReport(
    DateOnly AsOf, Guid UnitId, string Name, ReportFigures Figures, int Clues, List<ReportInspectionRow> Inspections, List<ReportCategoryRow> Categories);

public sealed record ReportInspectionRow(
    Guid InspectionId, string Kind, string Issuer, string Team, string Round, string Type, DateOnly? FeedbackOn, DateOnly? ClosedOn, ReportFigures Figures,
    int Clues);

public sealed record ReportCategoryRow(string Category, ReportFigures Figures);

/// <summary>GET /api/reports/categories.</summary>
public sealed record CategoryReport(DateOnly AsOf, List<ReportCategoryRow> Rows, ReportFigures Uncategorised);

/// <summary>GET /api/reports/inspections/{id}: the finding tree with each finding's tasks.</summary>
public sealed record InspectionReport(
    DateOnly AsOf, Guid InspectionId, Guid UnitId, string UnitName, string Kind, string Issuer, string Team, string Round, string Type,
    DateOnly? OnSiteStart, DateOnly? OnSiteEnd, DateOnly? FeedbackOn, DateOnly? ClosedOn, ReportFigures Figures, int Clues, List<ReportFinding> Findings);

public sealed record ReportFinding(
    Guid FindingId, Guid? ParentId, int Level, string Ordinal, string Title, List<string> Tags, bool ImmediateFix, List<ReportTaskLine> Tasks,
    List<ReportFinding> Children);

public sealed record ReportTaskLine(
    Guid TaskId, string Kind, string State, DateOnly? OriginalDeadline, DateOnly? Deadline, int SlipDays, DateOnly? ClosedOn, bool Overdue, string Light,
    string? ResponsibleDepartment, ReportOutcomes Outcomes);

/// <summary>GET /api/reports/items: the tasks behind a figure.</summary>
public sealed record ReportItemPage(string Figure, DateOnly AsOf, int Count, List<ReportItem> Items);

public sealed record ReportItem(
    Guid TaskId, Guid FindingId, Guid InspectionId, Guid UnitId, string UnitName, string Ordinal, string FindingTitle, string Kind, string State,
    DateOnly? OriginalDeadline, DateOnly? Deadline, DateOnly? ClosedOn, bool Overdue, string Light, int SlipDays, DateOnly LastActivityOn);

/// <summary>GET /api/reports/timeline: cumulative closed and due tasks by the Sunday of each week.</summary>
public sealed record ProgressTimeline(DateOnly AsOf, int Weeks, int Total, int ClosedUndated, List<TimelinePoint> Points);

public sealed record TimelinePoint(DateOnly WeekStart, DateOnly WeekEnd, int Closed, int Due);

/// <summary>A frozen period snapshot (阶段快照).</summary>
public sealed record SnapshotSummary(Guid Id, string Label, string? JurisdictionPath, Guid? UnitId, DateOnly AsOf, DateTimeOffset TakenAt, string? TakenBy);

/// <summary>GET /api/reports/snapshots/{id} and the POST's answer: the dashboard exactly as stored.</summary>
public sealed record SnapshotView(SnapshotSummary Snapshot, ReportDashboard Figures);

public sealed record SnapshotItemPage(Guid SnapshotId, string Figure, DateOnly AsOf, int Count, List<SnapshotItem> Items);

public sealed record SnapshotItem(
    Guid TaskId, Guid FindingId, Guid InspectionId, Guid UnitId, string State, DateOnly? OriginalDeadline, DateOnly? Deadline, List<string> Figures);

/// <summary>A row of GET /api/reports/notices (整改进展情况通报).</summary>
public sealed record NoticeSummary(Guid Id, Guid InspectionId, Guid UnitId, string UnitName, string Status, string? Title, DateOnly? PublishedOn, long Version);

/// <summary>GET /api/reports/notices/{id}: a draft is composed afresh on every read, so <see cref="Markdown"/> is the preview.</summary>
public sealed record NoticeView(
    Guid Id, Guid InspectionId, Guid UnitId, string Status, string? Organisation, string? NextSteps, Dictionary<Guid, string> Overrides, string Title,
    DateOnly? PublishedOn, DateTimeOffset? PublishedAt, DateTimeOffset? WithdrawnAt, long Version, NoticeFacts Facts, string Markdown);

/// <summary>The counts a notice states: items are the leaves of the finding tree.</summary>
public sealed record NoticeFacts(
    int Depth, int Aspects, int Problems, int Items, int Completed, int Sustained, int InProgress, int Overdue, int NotStarted, decimal? CompletionRate,
    int RulesMade, int RulesRevised, int TalkPeople, int TalkBatches, decimal MoneyReturned, decimal MoneyRecovered, int PeopleHeldAccountable);

/// <summary>PUT /api/reports/notices/{id}: empty text means the generated default.</summary>
public sealed record NoticeEdit(string? Organisation, string? NextSteps, Dictionary<Guid, string>? Overrides);

/// <summary>A saved notice, or why not: <see cref="Stale"/> when someone else saved first (412).</summary>
public sealed record NoticeWrite(NoticeView? Notice, bool Stale, ApiValidationProblem? Problem);

/// <summary>GET /public/notices (anonymous).</summary>
public sealed record PublicNoticeSummary(Guid Id, string Title, string UnitName, DateOnly PublishedOn);

/// <summary>GET /public/notices/{id} (anonymous): the published text, already free of clues and personal data.</summary>
public sealed record PublicNotice(Guid Id, string Title, string UnitName, DateOnly PublishedOn, string Markdown, string Html);
