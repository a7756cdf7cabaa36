namespace Rectify.Contracts.Units;

/// <summary>
/// A unit (被巡视/被巡察党组织) was registered in the directory. <c>JurisdictionPath</c> holds the
/// jurisdiction ids from the root down, "/a/b/c/", so a prefix test finds a subtree.
/// </summary>
public sealed record UnitRegistered(
    EventMeta Meta, Guid UnitId, string Name, string ShortName, string Kind,
    Guid JurisdictionId, string JurisdictionPath, ContactLine Contact) : IIntegrationEvent
{
    public string AggregateKey => $"unit:{UnitId}";
}
