namespace Rectify.Contracts.Findings;

/// <summary>
/// A finding was marked as recurring (边改边犯, found again at a 回头看): it repeats <c>EarlierFindingId</c>
/// of inspection <c>EarlierInspectionId</c>. Both null when a link was removed.
/// </summary>
public sealed record FindingRecurrenceLinked(
    EventMeta Meta, Guid FindingId, Guid InspectionId, Guid UnitId, Guid? EarlierFindingId, Guid? EarlierInspectionId) : IIntegrationEvent
{
    public string AggregateKey => $"inspection:{InspectionId}";
}
