namespace Rectify.Contracts.Findings;

/// <summary>
/// The due dates that an inspection's feedback starts: the rectification plan (整改方案), the progress
/// report to the inspection office (整改进展情况报告) and the public notice (整改进展情况通报).
/// Published with every <see cref="FeedbackDelivered"/> (a corrected feedback date moves them) and when
/// the office sets them by hand; the latest version wins.
/// </summary>
public sealed record RectificationDueDatesScheduled(
    EventMeta Meta, Guid InspectionId, Guid UnitId, DateOnly FeedbackOn, DateOnly PlanDue, DateOnly ProgressReportDue, DateOnly PublicNoticeDue)
    : IIntegrationEvent
{
    public string AggregateKey => $"inspection:{InspectionId}";
}
