using System.Collections.Concurrent;
using Rectify.Contracts;
using Rectify.ServiceDefaults.Messaging.Outbox;

namespace Rectify.Services.Tests.Outbox;

/// <summary>Records what the relay publishes and fails chosen messages a chosen number of times.</summary>
public sealed class FakePublisher : IOutboxPublisher
{
    private readonly ConcurrentDictionary<Guid, int> _failuresLeft = new();
    private readonly ConcurrentQueue<IIntegrationEvent> _published = new();

    public IReadOnlyList<IIntegrationEvent> Published => [.. _published];

    public void FailNext(Guid messageId, int times) => _failuresLeft[messageId] = times;

    public Task PublishAsync(object message, Type messageType, Guid messageId, CancellationToken cancellationToken)
    {
        if (_failuresLeft.TryGetValue(messageId, out var left) && left > 0)
        {
            _failuresLeft[messageId] = left - 1;
            throw new InvalidOperationException("broker unreachable");
        }
        _published.Enqueue((IIntegrationEvent)message);
        return Task.CompletedTask;
    }
}
