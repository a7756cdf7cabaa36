using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Json;

namespace Rectify.EndToEnd.Tests.Infrastructure;

/// <summary>
/// Registers units with POST /api/units from a few concurrent workers until <c>total</c> were
/// created (201). A request that fails because something is down is tried again under a new name;
/// if its outcome was unknown (the connection broke after sending) it is counted as ambiguous:
/// it may have committed, which is why the tests take the units service's own list as the truth.
/// </summary>
public sealed class UnitWriter(RectifyCluster cluster, string tag, int total, int concurrency = 4, TimeSpan? pause = null)
{
    private readonly ConcurrentDictionary<Guid, string> _created = new();
    private readonly ConcurrentQueue<string> _errors = new();
    private readonly List<(int Count, TaskCompletionSource Reached)> _waiters = [];
    private readonly TimeSpan _pause = pause ?? TimeSpan.Zero;
    private readonly TaskCompletionSource _released = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int _holdAfter = int.MaxValue;
    private int _next;
    private int _attempts;
    private int _ambiguous;

    public IReadOnlyDictionary<Guid, string> Created => _created;
    public int Attempts => _attempts;
    /// <summary>Requests whose outcome is unknown (they may or may not have committed).</summary>
    public int Ambiguous => _ambiguous;
    public IEnumerable<string> RetriedErrors => _errors;

    /// <summary>Fails a worker when one unit cannot be registered for this long.</summary>
    public TimeSpan PerUnitDeadline { get; init; } = TimeSpan.FromSeconds(120);

    public Task RunAsync(CancellationToken ct = default) =>
        Task.WhenAll(Enumerable.Range(0, concurrency).Select(_ => Task.Run(() => WorkAsync(ct), ct)));

    /// <summary>
    /// Makes the workers wait after unit <paramref name="count"/> until <see cref="Release"/>, so a test
    /// can break something between two known halves however fast the machine registers them.
    /// Call before <see cref="RunAsync"/>.
    /// </summary>
    public void HoldAfter(int count) => _holdAfter = count;

    public void Release() => _released.TrySetResult();

    /// <summary>Completes once at least <paramref name="count"/> units were created.</summary>
    public Task WhenCreated(int count)
    {
        lock (_waiters)
        {
            if (_created.Count >= count)
                return Task.CompletedTask;
            var waiter = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            _waiters.Add((count, waiter));
            return waiter.Task;
        }
    }

    private async Task WorkAsync(CancellationToken ct)
    {
        try
        {
            int number;
            while ((number = Interlocked.Increment(ref _next)) <= total)
            {
                if (number > _holdAfter)
                    await _released.Task.WaitAsync(ct);
                await RegisterOneAsync(number, ct);
                if (_pause > TimeSpan.Zero)
                    await Task.Delay(_pause, ct);
            }
        }
        catch (Exception ex)
        {
            lock (_waiters)
                foreach (var (_, waiter) in _waiters)
                    waiter.TrySetException(ex);
            throw;
        }
    }

    private async Task RegisterOneAsync(int number, CancellationToken ct)
    {
        var started = DateTimeOffset.UtcNow;
        for (var attempt = 1; ; attempt++)
        {
            Interlocked.Increment(ref _attempts);
            var name = $"E2E {tag} {number:D4}-{attempt} {Guid.NewGuid():N}";
            string failure;
            var ambiguous = false;
            try
            {
                using var response = await cluster.Api.PostAsJsonAsync("api/units", cluster.NewUnit(name, $"U{number}"), ct);
                if (response.StatusCode == HttpStatusCode.Created)
                {
                    var unit = (await response.Content.ReadFromJsonAsync<UnitDto>(ct))!;
                    _created[unit.Id] = unit.Name;
                    Reached();
                    return;
                }
                var body = await response.Content.ReadAsStringAsync(ct);
                failure = $"{(int)response.StatusCode} {body}";
                // 502/504 from a proxy: the request may have reached the service before the failure.
                ambiguous = response.StatusCode is HttpStatusCode.BadGateway or HttpStatusCode.GatewayTimeout;
                if (!IsRetryable(response.StatusCode))
                    throw new InvalidOperationException($"POST /api/units (unit {number}, attempt {attempt}) answered {failure}");
            }
            catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException && !ct.IsCancellationRequested)
            {
                failure = ex.Message;
                ambiguous = true;
            }

            if (ambiguous)
                Interlocked.Increment(ref _ambiguous);
            _errors.Enqueue($"{DateTimeOffset.Now:HH:mm:ss.fff} unit {number} attempt {attempt}: {failure}");
            if (DateTimeOffset.UtcNow - started > PerUnitDeadline)
                throw new TimeoutException($"unit {number} could not be registered in {PerUnitDeadline.TotalSeconds:0} s; last failure: {failure}");
            await Task.Delay(TimeSpan.FromMilliseconds(Math.Min(250 * attempt, 2000)), ct);
        }
    }

    private static bool IsRetryable(HttpStatusCode status) =>
        status is HttpStatusCode.TooManyRequests or HttpStatusCode.BadGateway or HttpStatusCode.ServiceUnavailable
            or HttpStatusCode.GatewayTimeout;

    private void Reached()
    {
        lock (_waiters)
        {
            var count = _created.Count;
            foreach (var waiter in _waiters.Where(w => w.Count <= count).ToList())
            {
                waiter.Reached.TrySetResult();
                _waiters.Remove(waiter);
            }
        }
    }
}
