namespace Rectify.Reporting.Model;

/// <summary>
/// Figures frozen for a reporting period (e.g. "2026年第一季度"): taken once, never recomputed. The
/// figures are stored as computed, and every task behind them is stored with the facts that placed it
/// in each figure, so a drill-down shows the items as they stood on the day.
/// </summary>
public sealed class PeriodSnapshot
{
    public Guid Id { get; set; }
    public required string Label { get; set; }
    /// <summary>The jurisdiction subtree it covers, or null for one unit.</summary>
    public string? JurisdictionPath { get; set; }
    public Guid? UnitId { get; set; }
    /// <summary>The unit's place in the tree when it was taken, for reading it back in scope.</summary>
    public string? UnitJurisdictionPath { get; set; }
    /// <summary>"Today" in Asia/Shanghai when it was taken: overdue and lights are as of this day.</summary>
    public DateOnly AsOf { get; set; }
    public DateTimeOffset TakenAt { get; set; }
    public string? TakenBy { get; set; }
    /// <summary>The dashboard (totals and rows per unit) as served at the time, JSON.</summary>
    public required string FiguresJson { get; set; }
}

/// <summary>One task as it counted in a snapshot.</summary>
public sealed class SnapshotItem
{
    public Guid SnapshotId { get; set; }
    public Guid TaskId { get; set; }
    public Guid FindingId { get; set; }
    public Guid InspectionId { get; set; }
    public Guid UnitId { get; set; }
    public required string State { get; set; }
    public DateOnly? OriginalDeadline { get; set; }
    public DateOnly? Deadline { get; set; }
    /// <summary>The figures (names of <see cref="Figure"/>) the task counted in, "|overdue|red|".</summary>
    public required string Figures { get; set; }
}
