using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;

namespace Rectify.Benchmarks.Proxy;

/// <summary>One wrk run (Debian's <c>wrk</c>): requests a second and the latency distribution it prints with --latency.</summary>
public sealed partial record WrkResult(double RequestsPerSecond, double P50Ms, double P99Ms, long Requests, long Errors)
{
    public static async Task<WrkResult> RunAsync(Uri url, int connections, TimeSpan duration, string? bearer)
    {
        var start = new ProcessStartInfo("wrk") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var arg in new[] { "-t", Math.Min(connections, 2).ToString(), "-c", connections.ToString(), "-d", $"{duration.TotalSeconds:0}s", "--latency", "--timeout", "5s" })
            start.ArgumentList.Add(arg);
        if (bearer is not null)
        {
            start.ArgumentList.Add("-H");
            start.ArgumentList.Add($"Authorization: Bearer {bearer}");
        }
        start.ArgumentList.Add(url.ToString());
        using var process = Process.Start(start)!;
        var output = await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
            throw new InvalidOperationException($"wrk failed: {await process.StandardError.ReadToEndAsync()}{output}");
        var errors = Non2xx().Match(output) is { Success: true } m ? long.Parse(m.Groups[1].Value) : 0;
        errors += SocketErrors().Matches(output).Sum(e => long.Parse(e.Groups[1].Value));
        return new WrkResult(double.Parse(Rps().Match(output).Groups[1].Value, CultureInfo.InvariantCulture),
            Milliseconds(output, "50%"), Milliseconds(output, "99%"),
            long.Parse(Total().Match(output).Groups[1].Value), errors);
    }

    private static double Milliseconds(string output, string percentile)
    {
        var match = Regex.Match(output, $@"^\s*{Regex.Escape(percentile)}\s+([\d.]+)(us|ms|s)\s*$", RegexOptions.Multiline);
        if (!match.Success)
            throw new InvalidOperationException($"wrk printed no {percentile} line:\n{output}");
        var value = double.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture);
        return match.Groups[2].Value switch { "us" => value / 1000, "s" => value * 1000, _ => value };
    }

    [GeneratedRegex(@"Requests/sec:\s+([\d.]+)")]
    private static partial Regex Rps();

    [GeneratedRegex(@"(\d+) requests in")]
    private static partial Regex Total();

    [GeneratedRegex(@"Non-2xx or 3xx responses:\s+(\d+)")]
    private static partial Regex Non2xx();

    [GeneratedRegex(@"(?:connect|read|write|timeout) (\d+)")]
    private static partial Regex SocketErrors();
}
