using System.Diagnostics;
using System.Net;
using System.Text.Json;

namespace Rectify.Benchmarks;

/// <summary>What the command-line probes (latency, load, proxy, scale) share: options, answers read strictly, waiting for a condition.</summary>
internal static class ProbeSupport
{
    public static string? Option(string[] args, string name)
    {
        var i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length ? args[i + 1] : null;
    }

    /// <summary>The answer's JSON, or an exception naming the request when the status is not the expected one.</summary>
    public static async Task<JsonElement> JsonAsync(HttpResponseMessage response, HttpStatusCode expected)
    {
        using (response)
        {
            var text = await response.Content.ReadAsStringAsync();
            if (response.StatusCode != expected)
                throw new InvalidOperationException($"{response.RequestMessage?.Method} {response.RequestMessage?.RequestUri} answered {(int)response.StatusCode}: {text}");
            return JsonDocument.Parse(text).RootElement.Clone();
        }
    }

    public static async Task UntilAsync(string what, Func<Task<bool>> condition) =>
        await UntilAsync<object>(what, async () => await condition() ? new object() : null);

    /// <summary>Polls until <paramref name="read"/> gives a value; two minutes at most, then a timeout naming <paramref name="what"/>.</summary>
    public static async Task<T> UntilAsync<T>(string what, Func<Task<T?>> read) where T : class
    {
        var deadline = Stopwatch.StartNew();
        while (true)
        {
            if (await read() is { } value)
                return value;
            if (deadline.Elapsed > TimeSpan.FromMinutes(2))
                throw new TimeoutException($"waited 2 min for: {what}");
            await Task.Delay(100);
        }
    }
}
