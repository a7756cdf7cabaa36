namespace Rectify.Reporting.Model;

/// <summary>
/// An inspection's recurring progress report (定期整改进展情况报告) to the inspection office, from
/// ProgressReportObligationScheduled: every <see cref="Every"/> days or months from <see cref="FirstDue"/>.
/// </summary>
public sealed class ReportObligation
{
    public Guid InspectionId { get; set; }
    public Guid UnitId { get; set; }
    public int Every { get; set; }
    public string IntervalUnit { get; set; } = "days";
    public DateOnly FirstDue { get; set; }
    public DateOnly? Until { get; set; }
    public long Version { get; set; }
}

/// <summary>A period (its due date) for which a progress report was submitted (ProgressReportSubmitted).</summary>
public sealed class ReportedPeriod
{
    public Guid InspectionId { get; set; }
    public DateOnly PeriodDue { get; set; }
    public Guid ReportId { get; set; }
    public DateOnly SubmittedOn { get; set; }
}
