using System.Collections.Concurrent;
using Rectify.ServiceDefaults.Hosting;

namespace Rectify.ServiceDefaults.Messaging.Outbox;

/// <summary>Wakes a database's relay right after a commit instead of waiting for its next poll.</summary>
public sealed class OutboxSignals
{
    private readonly ConcurrentDictionary<string, Wakeup> _signals = new();

    /// <summary>One wake-up covers every commit so far.</summary>
    public void Notify(string schema) => For(schema).Notify();

    public async Task WaitAsync(string schema, TimeSpan timeout, CancellationToken cancellationToken)
    {
        try
        {
            await For(schema).WaitAsync(timeout, cancellationToken);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
        }
    }

    private Wakeup For(string schema) => _signals.GetOrAdd(schema, _ => new Wakeup());
}
