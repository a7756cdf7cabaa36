using MassTransit;

namespace Rectify.ServiceDefaults.Messaging.Outbox;

/// <summary>Where the relay hands a message; the bus in production, a fake in the relay's own tests.</summary>
public interface IOutboxPublisher
{
    Task PublishAsync(object message, Type messageType, Guid messageId, CancellationToken cancellationToken);
}

internal sealed class BusOutboxPublisher(IBus bus) : IOutboxPublisher
{
    public Task PublishAsync(object message, Type messageType, Guid messageId, CancellationToken cancellationToken) =>
        bus.Publish(message, messageType, context => context.MessageId = messageId, cancellationToken);
}
