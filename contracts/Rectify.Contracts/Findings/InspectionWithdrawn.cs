namespace Rectify.Contracts.Findings;

/// <summary>An inspection registered in error was withdrawn (before feedback, with no findings); forget it.</summary>
public sealed record InspectionWithdrawn(EventMeta Meta, Guid InspectionId, Guid UnitId) : IIntegrationEvent
{
    public string AggregateKey => $"inspection:{InspectionId}";
}
