namespace Rectify.Contracts.Units;

/// <summary>A unit (被巡视/被巡察党组织) was registered in the directory.</summary>
public sealed record UnitRegistered(EventMeta Meta, Guid UnitId, string Name, string ShortName, string Kind)
    : IIntegrationEvent
{
    public string AggregateKey => $"unit:{UnitId}";
}
