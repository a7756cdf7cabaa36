namespace Rectify.Findings.Model;

/// <summary>
/// An inspection's recurring progress report (定期整改进展情况报告) to the inspection office, e.g. every
/// 14 days or monthly, from a first due date until an end date or, without one, until the inspection is
/// closed. Set by the office; one per inspection (setting again replaces it).
/// </summary>
public sealed class ProgressReportObligation
{
    public Guid InspectionId { get; set; }
    public int Every { get; set; }
    /// <summary><c>days</c> or <c>months</c> (Rectify.Contracts.Findings.ProgressReportPeriods).</summary>
    public required string IntervalUnit { get; set; }
    public DateOnly FirstDue { get; set; }
    public DateOnly? Until { get; set; }
}

/// <summary>A progress report (整改进展情况报告) the unit's coordinator submitted for one period (its due date).</summary>
public sealed class ProgressReport
{
    public Guid Id { get; set; }
    public Guid InspectionId { get; set; }
    public DateOnly PeriodDue { get; set; }
    public DateOnly SubmittedOn { get; set; }
    public required string Summary { get; set; }
    public string? SubmittedBy { get; set; }
}
