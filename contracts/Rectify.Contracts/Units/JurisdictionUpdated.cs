namespace Rectify.Contracts.Units;

/// <summary>A jurisdiction's names changed; carries the full current state.</summary>
public sealed record JurisdictionUpdated(
    EventMeta Meta, Guid JurisdictionId, Guid? ParentId, string Name, string Level, string Path,
    string Committee, string InspectionOffice) : IIntegrationEvent
{
    public string AggregateKey => $"jurisdiction:{JurisdictionId}";
}
