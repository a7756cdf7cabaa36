namespace Rectify.Contracts.Findings;

/// <summary>
/// The unit's coordinator submitted the progress report (整改进展情况报告) for the period due on
/// <c>PeriodDue</c> (one of the obligation's due dates), on <c>SubmittedOn</c>. One per period.
/// </summary>
public sealed record ProgressReportSubmitted(
    EventMeta Meta, Guid InspectionId, Guid UnitId, Guid ReportId, DateOnly PeriodDue, DateOnly SubmittedOn, string Summary)
    : IIntegrationEvent
{
    public string AggregateKey => $"inspection:{InspectionId}";
}
