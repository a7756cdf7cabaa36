namespace Rectify.Contracts.Findings;

/// <summary>
/// An inspection (巡视/巡察) of one unit was registered: who inspected (<c>Issuer</c>, <c>Team</c>),
/// in which term and round, of which type, and when the team was on site.
/// <c>Kind</c> is "xunshi" (巡视) or "xuncha" (巡察).
/// </summary>
public sealed record InspectionRegistered(
    EventMeta Meta, Guid InspectionId, Guid UnitId, string Kind, string Issuer, string Team, string Round, string Type,
    DateOnly OnSiteStart, DateOnly OnSiteEnd) : IIntegrationEvent
{
    public string AggregateKey => $"inspection:{InspectionId}";
}
