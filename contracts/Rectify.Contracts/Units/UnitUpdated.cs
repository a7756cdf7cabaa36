namespace Rectify.Contracts.Units;

/// <summary>A unit changed; carries the full current state.</summary>
public sealed record UnitUpdated(
    EventMeta Meta, Guid UnitId, string Name, string ShortName, string Kind,
    Guid JurisdictionId, string JurisdictionPath, ContactLine Contact) : IIntegrationEvent
{
    public string AggregateKey => $"unit:{UnitId}";
}
