namespace Rectify.Contracts.Findings;

/// <summary>
/// A finding was withdrawn (recorded in error). Withdrawing a finding withdraws its whole subtree:
/// one event per finding, children before their parent.
/// </summary>
public sealed record FindingWithdrawn(EventMeta Meta, Guid FindingId, Guid InspectionId, Guid UnitId, Guid? ParentId) : IIntegrationEvent
{
    public string AggregateKey => $"inspection:{InspectionId}";
}
