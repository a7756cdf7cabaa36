namespace Rectify.Contracts.Units;

/// <summary>An account lost a role it held in a unit or jurisdiction.</summary>
public sealed record RoleRevoked(
    EventMeta Meta, Guid AccountId, Guid? PersonId, string Role, Guid? UnitId, Guid? JurisdictionId) : IIntegrationEvent
{
    public string AggregateKey => $"account:{AccountId}";
}
