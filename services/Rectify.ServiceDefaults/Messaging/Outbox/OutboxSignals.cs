using System.Collections.Concurrent;

namespace Rectify.ServiceDefaults.Messaging.Outbox;

/// <summary>Wakes a database's relay right after a commit instead of waiting for its next poll.</summary>
public sealed class OutboxSignals
{
    private readonly ConcurrentDictionary<string, SemaphoreSlim> _signals = new();

    public void Notify(string schema)
    {
        try
        {
            For(schema).Release();
        }
        catch (SemaphoreFullException)
        {
            // Already signalled; one wake-up covers every commit so far.
        }
    }

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

    private SemaphoreSlim For(string schema) => _signals.GetOrAdd(schema, _ => new SemaphoreSlim(0, 1));
}
