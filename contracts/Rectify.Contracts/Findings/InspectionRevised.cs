namespace Rectify.Contracts.Findings;

/// <summary>An inspection's registration details were corrected; carries the values after the change.</summary>
public sealed record InspectionRevised(
    EventMeta Meta, Guid InspectionId, Guid UnitId, string Kind, string Issuer, string Team, string Round, string Type,
    DateOnly OnSiteStart, DateOnly OnSiteEnd) : IIntegrationEvent
{
    public string AggregateKey => $"inspection:{InspectionId}";
}
