namespace Rectify.Contracts.Units;

/// <summary>
/// A jurisdiction (辖区: province, city, county/district) with its committee and inspection office
/// (巡视办/巡察办) was registered.
/// </summary>
public sealed record JurisdictionRegistered(
    EventMeta Meta, Guid JurisdictionId, Guid? ParentId, string Name, string Level, string Path,
    string Committee, string InspectionOffice) : IIntegrationEvent
{
    public string AggregateKey => $"jurisdiction:{JurisdictionId}";
}
