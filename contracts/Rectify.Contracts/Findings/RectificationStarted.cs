namespace Rectify.Contracts.Findings;

/// <summary>The unit started rectifying (整改) after feedback: the inspection moved to "rectifying" on <c>StartedOn</c>.</summary>
public sealed record RectificationStarted(EventMeta Meta, Guid InspectionId, Guid UnitId, DateOnly StartedOn) : IIntegrationEvent
{
    public string AggregateKey => $"inspection:{InspectionId}";
}
