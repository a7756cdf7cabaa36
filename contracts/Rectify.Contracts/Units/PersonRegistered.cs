namespace Rectify.Contracts.Units;

/// <summary>A person joined a unit's directory (通讯录): a possible responsible leader or person, or a reminder recipient.</summary>
public sealed record PersonRegistered(
    EventMeta Meta, Guid PersonId, Guid UnitId, Guid? DepartmentId, string Name, string Position, ContactChannels Channels)
    : IIntegrationEvent
{
    public string AggregateKey => $"person:{PersonId}";
}
