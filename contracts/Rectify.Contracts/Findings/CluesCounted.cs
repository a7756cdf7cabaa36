namespace Rectify.Contracts.Findings;

/// <summary>
/// The number of problem clues (问题线索) an inspection handed to the discipline commission changed.
/// Clues themselves never leave the findings service; everyone else sees only this count.
/// </summary>
public sealed record CluesCounted(EventMeta Meta, Guid InspectionId, Guid UnitId, int Count) : IIntegrationEvent
{
    public string AggregateKey => $"inspection:{InspectionId}";
}
