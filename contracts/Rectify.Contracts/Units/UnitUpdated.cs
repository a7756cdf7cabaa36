namespace Rectify.Contracts.Units;

/// <summary>A unit's names or kind changed; carries the full current state.</summary>
public sealed record UnitUpdated(EventMeta Meta, Guid UnitId, string Name, string ShortName, string Kind)
    : IIntegrationEvent
{
    public string AggregateKey => $"unit:{UnitId}";
}
