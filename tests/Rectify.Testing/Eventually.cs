using System.Diagnostics;

namespace Rectify.Testing;

/// <summary>
/// Polls until a condition holds or a generous deadline passes: no fixed sleeps, no timing asserts. Checks
/// start every 50 ms and slow to every 500 ms, so quick in-process work is seen at once and a cluster of
/// processes is not flooded while it catches up.
/// </summary>
public static class Eventually
{
    /// <summary>For the caller that asserts on the value itself: the minute is for a loaded two-core CI machine.</summary>
    private static readonly TimeSpan DefaultWithin = TimeSpan.FromSeconds(60);

    /// <summary>For the poll that fails on its own, naming what it waited for: processes starting, brokers reconnecting.</summary>
    private static readonly TimeSpan DefaultTimeout = TimeSpan.FromSeconds(90);

    private static readonly TimeSpan FirstPause = TimeSpan.FromMilliseconds(50), LongestPause = TimeSpan.FromMilliseconds(500);

    /// <summary>
    /// Reads until <paramref name="condition"/> holds and returns the last value either way, for the caller to assert
    /// (its message says more than a timeout would). An exception from <paramref name="read"/> fails at once.
    /// </summary>
    public static async Task<T> HoldsAsync<T>(Func<Task<T>> read, Func<T, bool> condition, TimeSpan? within = null)
    {
        var deadline = Stopwatch.StartNew();
        var limit = within ?? DefaultWithin;
        var pause = FirstPause;
        var value = await read();
        while (!condition(value) && deadline.Elapsed < limit)
        {
            await Task.Delay(pause);
            pause = Longer(pause);
            value = await read();
        }
        return value;
    }

    /// <summary>
    /// Reads until <paramref name="done"/> holds and returns that value; on timeout throws naming <paramref name="what"/>,
    /// the last value (<paramref name="describe"/>, else its text), the last error and <paramref name="diagnostics"/>.
    /// A read that fails the way a starting or restarting process does (refused, timed out, not yet there) is retried.
    /// </summary>
    public static async Task<T> HoldsAsync<T>(
        Func<Task<T>> read, Func<T, bool> done, string what, Func<T?, string>? describe = null, TimeSpan? within = null,
        Func<string>? diagnostics = null)
    {
        var limit = within ?? DefaultTimeout;
        var watch = Stopwatch.StartNew();
        var pause = FirstPause;
        T? last = default;
        string? error = null;
        while (true)
        {
            try
            {
                last = await read();
                error = null;
                if (done(last))
                    return last;
            }
            catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException or InvalidOperationException or IOException)
            {
                error = ex.Message;
            }
            if (watch.Elapsed > limit)
                throw new TimeoutException(
                    $"Not {what} within {limit.TotalSeconds:0} s. Last: {(describe is null ? $"{last}" : describe(last))}" +
                    (error is null ? "" : $"; last error: {error}") + (diagnostics is null ? "" : "\n" + diagnostics()));
            await Task.Delay(pause);
            pause = Longer(pause);
        }
    }

    /// <summary>Awaits a task with a deadline, failing with a message instead of hanging the suite.</summary>
    public static async Task Within(Task task, TimeSpan timeout, string what, Func<string>? diagnostics = null)
    {
        try
        {
            await task.WaitAsync(timeout);
        }
        catch (TimeoutException)
        {
            throw new TimeoutException($"Not {what} within {timeout.TotalSeconds:0} s." + (diagnostics is null ? "" : "\n" + diagnostics()));
        }
    }

    private static TimeSpan Longer(TimeSpan pause) => pause * 2 < LongestPause ? pause * 2 : LongestPause;
}
