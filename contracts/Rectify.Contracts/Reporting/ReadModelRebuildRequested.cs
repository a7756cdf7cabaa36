namespace Rectify.Contracts.Reporting;

/// <summary>
/// Reporting emptied its read models and asks the owning services (units, findings, tasks) to republish
/// their current state (重建报表). Each answers with its usual events, carrying the current version and new
/// event ids, then with one <see cref="ReadModelStateRepublished"/>.
/// </summary>
public sealed record ReadModelRebuildRequested(EventMeta Meta, Guid RequestId) : IIntegrationEvent
{
    public string AggregateKey => $"rebuild:{RequestId}";
}
