namespace Rectify.Contracts;

/// <summary>
/// Marks a message that crosses service boundaries. Types are records, named in the past tense,
/// and never renamed or moved: MassTransit routes by full type name. Change one by adding a V2.
/// </summary>
public interface IIntegrationEvent
{
    EventMeta Meta { get; }

    /// <summary>The aggregate the event belongs to; the outbox keeps order per aggregate.</summary>
    string AggregateKey { get; }
}
