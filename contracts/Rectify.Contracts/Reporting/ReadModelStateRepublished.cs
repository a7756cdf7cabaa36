namespace Rectify.Contracts.Reporting;

/// <summary>
/// An owning service finished republishing its current state for a rebuild: <c>Count</c> events were
/// queued in its outbox before this one, so they reach reporting first.
/// </summary>
public sealed record ReadModelStateRepublished(EventMeta Meta, Guid RequestId, string Service, int Count) : IIntegrationEvent
{
    public string AggregateKey => $"rebuild:{RequestId}:{Service}";
}
