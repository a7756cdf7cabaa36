namespace Rectify.Contracts.Findings;

/// <summary>A finding's wording, ordinal, immediate-fix flag or money involved was revised; carries the values after the change.</summary>
public sealed record FindingRevised(
    EventMeta Meta, Guid FindingId, Guid InspectionId, Guid UnitId, Guid? ParentId, int Level, string Ordinal, string Title,
    bool ImmediateFix, decimal? MoneyInvolved) : IIntegrationEvent
{
    public string AggregateKey => $"inspection:{InspectionId}";
}
