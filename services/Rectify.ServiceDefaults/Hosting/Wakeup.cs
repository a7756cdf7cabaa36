namespace Rectify.ServiceDefaults.Hosting;

/// <summary>
/// Wakes a background loop before its next round: one pending wake-up covers every <see cref="Notify"/>
/// made until the loop runs. Derive a named type per loop so each is its own singleton.
/// </summary>
public class Wakeup
{
    private readonly SemaphoreSlim _signal = new(0, 1);

    public void Notify()
    {
        try
        {
            _signal.Release();
        }
        catch (SemaphoreFullException)
        {
            // Already woken.
        }
    }

    /// <summary>Returns when notified or after <paramref name="timeout"/>; throws only when <paramref name="ct"/> is cancelled.</summary>
    public Task WaitAsync(TimeSpan timeout, CancellationToken ct) => _signal.WaitAsync(timeout, ct);
}
