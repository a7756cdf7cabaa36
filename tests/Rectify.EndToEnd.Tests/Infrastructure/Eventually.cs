using System.Diagnostics;

namespace Rectify.EndToEnd.Tests.Infrastructure;

/// <summary>Polling with a generous deadline instead of sleeps; no timing is ever asserted.</summary>
public static class Eventually
{
    public static readonly TimeSpan DefaultTimeout = TimeSpan.FromSeconds(90);

    /// <summary>Reads until <paramref name="done"/> holds; on timeout fails with the last value and error.</summary>
    public static async Task<T> ReadUntilAsync<T>(
        Func<Task<T>> read, Func<T, bool> done, string what, Func<T?, string> describe, TimeSpan? timeout = null,
        Func<string>? diagnostics = null)
    {
        var limit = timeout ?? DefaultTimeout;
        var watch = Stopwatch.StartNew();
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
                    $"Not {what} within {limit.TotalSeconds:0} s. Last: {describe(last)}{(error is null ? "" : $"; last error: {error}")}" +
                    (diagnostics is null ? "" : "\n" + diagnostics()));
            await Task.Delay(TimeSpan.FromMilliseconds(500));
        }
    }

    /// <summary>Awaits a task with a deadline, failing with a message instead of hanging the suite.</summary>
    public static async Task Within(Task task, TimeSpan timeout, string what, Func<string>? diagnostics = null)
    {
        var finished = await Task.WhenAny(task, Task.Delay(timeout));
        if (finished != task)
            throw new TimeoutException($"Not {what} within {timeout.TotalSeconds:0} s." + (diagnostics is null ? "" : "\n" + diagnostics()));
        await task;
    }
}
