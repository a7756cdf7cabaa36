namespace Rectify.Contracts.Findings;

/// <summary>The inspection office closed the inspection's rectification on <c>ClosedOn</c>; its tree no longer changes.</summary>
public sealed record InspectionClosed(EventMeta Meta, Guid InspectionId, Guid UnitId, DateOnly ClosedOn) : IIntegrationEvent
{
    public string AggregateKey => $"inspection:{InspectionId}";
}
