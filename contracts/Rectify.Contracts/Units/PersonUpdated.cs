namespace Rectify.Contracts.Units;

/// <summary>A person's position, department or channels changed; carries the full current state.</summary>
public sealed record PersonUpdated(
    EventMeta Meta, Guid PersonId, Guid UnitId, Guid? DepartmentId, string Name, string Position, ContactChannels Channels)
    : IIntegrationEvent
{
    public string AggregateKey => $"person:{PersonId}";
}
