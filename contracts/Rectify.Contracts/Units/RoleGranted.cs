namespace Rectify.Contracts.Units;

/// <summary>
/// An account received a role, scoped to a unit or a jurisdiction where the role is scoped.
/// Roles: admin, inspection_office, unit_coordinator, responsible_leader, responsible_person,
/// discipline_liaison, viewer.
/// </summary>
public sealed record RoleGranted(
    EventMeta Meta, Guid AccountId, Guid? PersonId, string Role, Guid? UnitId, Guid? JurisdictionId) : IIntegrationEvent
{
    public string AggregateKey => $"account:{AccountId}";
}
