namespace Rectify.Contracts.Findings;

/// <summary>
/// The inspection office set (or changed) the unit's recurring progress report (定期整改进展情况报告) to
/// the office: one report every <c>Every</c> <c>IntervalUnit</c> ("days" or "months"), the first due on
/// <c>FirstDue</c>, the last due on or before <c>Until</c> (null: until the inspection is closed).
/// Each set replaces the previous one; the latest version wins. Periods: <see cref="ProgressReportPeriods"/>.
/// </summary>
public sealed record ProgressReportObligationScheduled(
    EventMeta Meta, Guid InspectionId, Guid UnitId, int Every, string IntervalUnit, DateOnly FirstDue, DateOnly? Until)
    : IIntegrationEvent
{
    public string AggregateKey => $"inspection:{InspectionId}";
}
