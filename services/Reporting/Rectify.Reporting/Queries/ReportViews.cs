using Rectify.Reporting.Model;

namespace Rectify.Reporting.Queries;

public sealed record UnitRow(Guid UnitId, string Name, string ShortName, string JurisdictionPath, Figures Figures, int Clues)
{
    /// <summary>Progress-report periods past due with no report (MissingReports).</summary>
    public int MissingReports { get; init; }
}

/// <summary>The inspection office's cross-unit view: one row per unit in its jurisdiction subtree.</summary>
public sealed record Dashboard(DateOnly AsOf, TaskFilter Filter, Figures Totals, int Clues, IReadOnlyList<UnitRow> Rows)
{
    public int MissingReports { get; init; }
}

public sealed record InspectionRow(
    Guid InspectionId, string Kind, string Issuer, string Team, string Round, string Type, DateOnly? FeedbackOn, DateOnly? ClosedOn, Figures Figures, int Clues)
{
    public int MissingReports { get; init; }
}

public sealed record CategoryRow(string Category, Figures Figures);

public sealed record UnitReport(DateOnly AsOf, Guid UnitId, string Name, Figures Figures, int Clues, IReadOnlyList<InspectionRow> Inspections,
    IReadOnlyList<CategoryRow> Categories)
{
    public int MissingReports { get; init; }
}

public sealed record CategoryReport(DateOnly AsOf, TaskFilter Filter, IReadOnlyList<CategoryRow> Rows, Figures Uncategorised);

public sealed record TaskLine(
    Guid TaskId, string Kind, string State, DateOnly? OriginalDeadline, DateOnly? Deadline, int SlipDays, DateOnly? ClosedOn, bool Overdue, string Light,
    string? ResponsibleDepartment, Outcomes Outcomes);

public sealed record FindingNode(
    Guid FindingId, Guid? ParentId, int Level, string Ordinal, string Title, IReadOnlyList<string> Tags, bool ImmediateFix, IReadOnlyList<TaskLine> Tasks,
    IReadOnlyList<FindingNode> Children);

public sealed record InspectionReport(
    DateOnly AsOf, Guid InspectionId, Guid UnitId, string UnitName, string Kind, string Issuer, string Team, string Round, string Type,
    DateOnly? OnSiteStart, DateOnly? OnSiteEnd, DateOnly? FeedbackOn, DateOnly? ClosedOn, Figures Figures, int Clues, IReadOnlyList<FindingNode> Findings)
{
    public int MissingReports { get; init; }
    /// <summary>The recurring progress report's periods up to the next one to come (empty without an obligation).</summary>
    public IReadOnlyList<ReportPeriodLine> ReportPeriods { get; init; } = [];
}

/// <summary>One task behind a figure (a drill-down row).</summary>
public sealed record ItemRow(
    Guid TaskId, Guid FindingId, Guid InspectionId, Guid UnitId, string UnitName, string Ordinal, string FindingTitle, string Kind, string State,
    DateOnly? OriginalDeadline, DateOnly? Deadline, DateOnly? ClosedOn, bool Overdue, string Light, int SlipDays, DateOnly LastActivityOn);

public sealed record ItemPage(string Figure, DateOnly AsOf, int Count, IReadOnlyList<ItemRow> Items);
