using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.Json;
using Rectify.Benchmarks.Latency;
using static Rectify.Benchmarks.ProbeSupport;

namespace Rectify.Benchmarks.Proxy;

/// <summary>
/// Issue 16: the gateway against nginx. One units service (its own process, in-memory bus), the YARP gateway in front
/// of it and nginx in front of it (a plain reverse proxy with an upstream keepalive pool), all on loopback; wrk measures
/// <c>GET /api/units/me</c> with a bearer token and the anonymous <c>GET /api/auth/jwks</c> three ways (direct, gateway,
/// nginx) at 1 and 16 connections, interleaved round by round so that a neighbour's load falls on all three alike.
/// Prints p50 / p99, the latency each proxy adds over direct, requests a second and requests per CPU-second of the
/// service plus proxy processes. Targets: the gateway adds at most 0.5 ms at p50 and at most 1.5× what nginx adds.
/// <c>./rectify bench --proxy [--duration 10] [--rounds 3] [--connections 1,16] [--profile] [--baseline DIR]</c>;
/// <c>--baseline</c> adds another build of the gateway (a copy of its bin/Release/net10.0 from before a change) as
/// "gw-baseline", measured in the same rounds, so a before/after comparison shares the machine's load.
/// </summary>
public static class ProxyProbe
{
    private sealed record Row(string Route, int Connections, string Via, WrkResult Result, double CpuSeconds, double WallSeconds);

    /// <summary>What --profile turns off or on, one at a time, by configuration only (the gateway's code unchanged).</summary>
    private static readonly (string Name, Dictionary<string, string> Settings)[] Variants =
    [
        ("gw-no-otel", new() { ["OTEL_SDK_DISABLED"] = "true" }),
        ("gw-no-limit", new() { ["ReverseProxy__Routes__units__RateLimiterPolicy"] = "Disable", ["ReverseProxy__Routes__auth__RateLimiterPolicy"] = "Disable" }),
        ("gw-inline", new() { ["DOTNET_SYSTEM_NET_SOCKETS_INLINE_COMPLETIONS"] = "1" }),
        ("gw-no-spin", new() { ["DOTNET_ThreadPool_UnfairSemaphoreSpinLimit"] = "0" }),
    ];

    public static async Task<int> RunAsync(string[] args)
    {
        var root = Option(args, "--root") ?? Directory.GetCurrentDirectory();
        var duration = TimeSpan.FromSeconds(Math.Min(60, double.Parse(Option(args, "--duration") ?? "10")));
        var rounds = Math.Min(10, int.Parse(Option(args, "--rounds") ?? "3"));
        var connections = (Option(args, "--connections") ?? "1,16").Split(',').Select(int.Parse).Where(c => c is > 0 and <= 256).ToArray();
        var gatewaySettings = new Dictionary<string, string>
        {
            // One client sends everything here; the per-client budget is raised by configuration, as a load test must.
            ["Gateway__RateLimit__PermitsPerWindow"] = "100000000",
        };
        foreach (var setting in (Option(args, "--gateway-setting") ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries))
            gatewaySettings[setting[..setting.IndexOf('=')]] = setting[(setting.IndexOf('=') + 1)..];

        await using var services = new ServiceSet(root, null, $"Proxy-{Guid.NewGuid():N}", [ServiceSet.Services[0]]);
        Console.WriteLine($"starting units, the gateway and nginx (logs in {services.Folder})");
        await services.StartAsync(TimeSpan.FromMinutes(2));
        var gateway = await services.StartGatewayAsync(gatewaySettings, TimeSpan.FromMinutes(1));
        // --profile: the same gateway again with one feature off (or one runtime setting on) each, all measured alike.
        var variants = new List<(string Via, Uri Base)>();
        if (args.Contains("--profile"))
            foreach (var (name, settings) in Variants)
                variants.Add((name, await services.StartGatewayAsync(new Dictionary<string, string>(gatewaySettings.Concat(settings)), TimeSpan.FromMinutes(1), name)));
        if (Option(args, "--baseline") is { } baseline)
            variants.Add(("gw-baseline", await services.StartGatewayAsync(gatewaySettings, TimeSpan.FromMinutes(1), "gw-baseline", Path.GetFullPath(baseline))));
        var units = services["units"];
        await using var nginx = await Nginx.StartAsync(Path.Combine(services.Folder, "nginx"), units, Environment.ProcessorCount);

        using var http = new HttpClient { BaseAddress = units };
        var grant = await http.PostAsJsonAsync("api/auth/token", new { username = "admin", password = services.AdminPassword });
        var token = (await grant.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("accessToken").GetString()!;
        var pids = services.Processes.ToDictionary(p => p.Name, p => p.ProcessId);
        (string Via, Uri Base, Func<IEnumerable<int>> Proxy)[] targets =
        [
            ("direct", units, () => []),
            ("gateway", gateway, () => [pids["gateway"]]),
            ("nginx", nginx.Url, () => nginx.ProcessIds),
            .. variants.Select(v => (v.Via, v.Base, (Func<IEnumerable<int>>)(() => [pids[v.Via]]))),
        ];
        var routes = new (string Route, string Path, string? Bearer)[] { ("GET /api/units/me (bearer)", "api/units/me", token), ("GET /api/auth/jwks", "api/auth/jwks", null) };

        // Every URL answers 200 before anything is timed (and warms each path's JIT and connection pools).
        foreach (var (_, path, bearer) in routes)
            foreach (var (via, baseUrl, _) in targets)
                if ((await WrkResult.RunAsync(new Uri(baseUrl, path), 4, TimeSpan.FromSeconds(3), bearer)) is { Errors: > 0 } bad)
                    throw new InvalidOperationException($"{via} {path}: {bad.Errors} failed requests while warming up");

        var rows = new List<Row>();
        for (var round = 1; round <= rounds; round++)
        {
            Console.WriteLine($"round {round}/{rounds} (load average {LoadAverage()})");
            foreach (var c in connections)
                foreach (var (route, path, bearer) in routes)
                    foreach (var (via, baseUrl, proxy) in targets)
                    {
                        var processes = proxy().Append(pids["units"]).ToList();
                        var cpu = ProcessCpu.Of(processes);
                        var clock = Stopwatch.StartNew();
                        var result = await WrkResult.RunAsync(new Uri(baseUrl, path), c, duration, bearer);
                        rows.Add(new Row(route, c, via, result, (ProcessCpu.Of(processes) - cpu).TotalSeconds, clock.Elapsed.TotalSeconds));
                    }
        }
        return Print(rows, connections, routes.Select(r => r.Route).ToArray());
    }

    private static int Print(List<Row> rows, int[] connections, string[] routes)
    {
        Console.WriteLine();
        Console.WriteLine("medians over the rounds; added = proxy minus direct; per core = requests per CPU-second of the service and the proxy");
        Console.WriteLine($"  {"route",-28} {"conns",5} {"via",-11} {"p50 ms",8} {"p99 ms",8} {"added p50",10} {"added p99",10} {"req/s",8} {"per core",9} {"errors",7}");
        var missed = 0;
        foreach (var route in routes)
            foreach (var c in connections)
            {
                var direct = Median(rows, route, c, "direct");
                var added = new Dictionary<string, double>();
                foreach (var via in rows.Select(r => r.Via).Distinct())
                {
                    var m = Median(rows, route, c, via);
                    added[via] = m.P50 - direct.P50;
                    Console.WriteLine($"  {route,-28} {c,5} {via,-11} {m.P50,8:0.000} {m.P99,8:0.000} {(via == "direct" ? "" : $"{m.P50 - direct.P50:+0.000;-0.000}"),10} " +
                                      $"{(via == "direct" ? "" : $"{m.P99 - direct.P99:+0.000;-0.000}"),10} {m.Rps,8:0} {m.PerCore,9:0} {m.Errors,7}");
                }
                var gatewayOk = added["gateway"] <= 0.5;
                var ratioOk = added["gateway"] <= 1.5 * Math.Max(added["nginx"], 0.001);
                missed += gatewayOk && ratioOk ? 0 : 1;
                Console.WriteLine($"  {"",-28} {"",5} gateway adds {added["gateway"]:0.000} ms at p50 ({(gatewayOk ? "meets" : "MISSES")} ≤ 0.5 ms), " +
                                  $"{added["gateway"] / Math.Max(added["nginx"], 0.001):0.0}× nginx's {added["nginx"]:0.000} ms ({(ratioOk ? "meets" : "MISSES")} ≤ 1.5×)");
            }
        return 0;
    }

    private static (double P50, double P99, double Rps, double PerCore, long Errors) Median(List<Row> rows, string route, int c, string via)
    {
        var mine = rows.Where(r => r.Route == route && r.Connections == c && r.Via == via).ToList();
        return (Mid(mine.Select(r => r.Result.P50Ms)), Mid(mine.Select(r => r.Result.P99Ms)), Mid(mine.Select(r => r.Result.RequestsPerSecond)),
            Mid(mine.Select(r => r.Result.Requests / Math.Max(r.CpuSeconds, 0.01))), mine.Sum(r => r.Result.Errors));
    }

    private static double Mid(IEnumerable<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted.Count == 0 ? double.NaN : sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[sorted.Count / 2 - 1] + sorted[sorted.Count / 2]) / 2;
    }

    public static string LoadAverage() => string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3));
}
