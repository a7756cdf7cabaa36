using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using static Rectify.Benchmarks.ProbeSupport;

namespace Rectify.Benchmarks.Latency;

/// <summary>
/// Issue 7, distributed mode: the time from a task change through the tasks API (a deadline moved) until
/// reporting's drill-down (<c>/api/reports/items</c>) shows it, over real RabbitMQ with each service its own
/// process. A notice from the corpus is imported first (inspection, findings and, through the events,
/// tasks); then each change is made and reporting polled until it shows the new deadline, one change at a
/// time. Prints p50 / p95 / p99 / max. Target: p99 &lt; 1 s.
/// <c>./rectify bench --latency [--changes 200]</c> (starts RabbitMQ and a virtual host of its own).
/// </summary>
public static class LatencyProbe
{
    public static async Task<int> RunAsync(string[] args)
    {
        var changes = int.Parse(Option(args, "--changes") ?? "200");
        var bus = Option(args, "--bus") ?? throw new ArgumentException("--bus amqp://user:pass@host:5672/vhost is required");
        var root = Option(args, "--root") ?? Directory.GetCurrentDirectory();
        var corpus = Option(args, "--notice") ?? Path.Combine(root, "..", "shared", "corpus", "report_04.txt");

        await using var services = new ServiceSet(root, bus, $"Bench-{Guid.NewGuid():N}");
        Console.WriteLine($"starting the five services (logs in {services.Folder})");
        var watch = Stopwatch.StartNew();
        await services.StartAsync(TimeSpan.FromMinutes(3));
        Console.WriteLine($"ready in {watch.Elapsed.TotalSeconds:0.0} s");

        var token = await SignInAsync(services);
        using var units = Client(services["units"], token);
        using var findings = Client(services["findings"], token);
        using var tasks = Client(services["tasks"], token);
        using var reporting = Client(services["reporting"], token);

        var jurisdiction = await CreatedIdAsync(units, "api/units/jurisdictions",
            new { name = "基准市", level = "city", committee = "基准市委", inspectionOffice = "中共基准市委巡察工作领导小组办公室" });
        var unit = await CreatedIdAsync(units, "api/units", new { name = "中共基准市交通运输局党委", shortName = "基准交通", kind = "党委", jurisdictionId = jurisdiction });
        await UntilAsync("findings knows the unit", async () => (await findings.GetStringAsync("api/findings/units")).Contains(unit.ToString()));

        using var upload = new MultipartFormDataContent { { new ByteArrayContent(await File.ReadAllBytesAsync(corpus)), "file", Path.GetFileName(corpus) } };
        var preview = await JsonAsync(await findings.PostAsync("api/findings/imports", upload), HttpStatusCode.Created);
        var commit = await JsonAsync(await findings.PostAsJsonAsync($"api/findings/imports/{preview.GetProperty("id").GetGuid()}/commit",
            new { unitId = unit, round = "基准测试轮次" }), HttpStatusCode.Created);
        var inspection = commit.GetProperty("inspectionId").GetGuid();
        var taskCount = commit.GetProperty("tasks").GetInt32();

        var open = await UntilAsync("tasks has the imported tasks", async () =>
        {
            var list = await tasks.GetFromJsonAsync<JsonElement>($"api/tasks?inspectionId={inspection}&take=500");
            return list.GetArrayLength() < taskCount ? null
                : list.EnumerateArray().Where(t => t.GetProperty("state").GetString() is "planned" or "in_progress").Select(t => t.GetProperty("id").GetGuid()).ToList();
        });
        if (open.Count == 0)
            throw new InvalidOperationException($"{Path.GetFileName(corpus)} gave no open task whose deadline could be moved.");
        await UntilAsync("reporting has the imported tasks", async () => (await ItemsAsync(reporting, inspection)).Count >= taskCount);
        Console.WriteLine($"imported {Path.GetFileName(corpus)}: {taskCount} tasks, {open.Count} open; measuring {changes} changes");

        var visible = new List<double>();
        var writes = new List<double>();
        var start = new DateOnly(2031, 1, 1);
        for (var i = 0; i < changes; i++)
        {
            var task = open[i % open.Count];
            var deadline = start.AddDays(i); // a new value each time, so the change is unmistakable
            var clock = Stopwatch.StartNew();
            using (var response = await tasks.PutAsJsonAsync($"api/tasks/{task}/deadline", new { deadline, reason = "基准测试：调整整改时限" }))
                if (!response.IsSuccessStatusCode)
                    throw new InvalidOperationException($"PUT deadline answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
            writes.Add(clock.Elapsed.TotalMilliseconds);
            while (true)
            {
                var rows = await ItemsAsync(reporting, inspection);
                if (rows.Any(r => r.TaskId == task && r.Deadline == deadline))
                    break;
                if (clock.Elapsed > TimeSpan.FromSeconds(30))
                    throw new TimeoutException($"change {i}: reporting did not show the new deadline of {task} within 30 s");
                await Task.Delay(2);
            }
            visible.Add(clock.Elapsed.TotalMilliseconds);
        }

        Console.WriteLine();
        Console.WriteLine($"task change → reporting drill-down, {changes} changes, one at a time (ms):");
        Console.WriteLine(Line("visible in reporting", visible));
        Console.WriteLine(Line("of which the PUT", writes));
        var p99 = Percentile(visible, 99);
        Console.WriteLine(p99 < 1000 ? $"p99 {p99:0} ms: meets the target (< 1 s)" : $"p99 {p99:0} ms: MISSES the target (< 1 s)");
        return 0;
    }

    private sealed record Item(Guid TaskId, DateOnly? Deadline);

    private static async Task<List<Item>> ItemsAsync(HttpClient reporting, Guid inspection)
    {
        var page = await reporting.GetFromJsonAsync<JsonElement>($"api/reports/items?inspectionId={inspection}&take=500");
        return page.GetProperty("items").EnumerateArray()
            .Select(r => new Item(r.GetProperty("taskId").GetGuid(), r.GetProperty("deadline").ValueKind == JsonValueKind.Null ? null : DateOnly.Parse(r.GetProperty("deadline").GetString()!)))
            .ToList();
    }

    private static string Line(string what, List<double> values) =>
        $"  {what,-22} p50 {Percentile(values, 50),7:0.0}  p95 {Percentile(values, 95),7:0.0}  p99 {Percentile(values, 99),7:0.0}  max {values.Max(),7:0.0}";

    /// <summary>Nearest rank: the smallest value with at least p % of the values at or below it.</summary>
    public static double Percentile(IReadOnlyCollection<double> values, double p)
    {
        var sorted = values.Order().ToList();
        var rank = (int)Math.Ceiling(p / 100 * sorted.Count);
        return sorted[Math.Clamp(rank - 1, 0, sorted.Count - 1)];
    }

    private static async Task<string> SignInAsync(ServiceSet services)
    {
        using var anonymous = new HttpClient { BaseAddress = services["units"] };
        var body = await JsonAsync(await anonymous.PostAsJsonAsync("api/auth/token", new { username = "admin", password = services.AdminPassword }), HttpStatusCode.OK);
        return body.GetProperty("accessToken").GetString()!;
    }

    private static HttpClient Client(Uri baseAddress, string token)
    {
        var client = new HttpClient { BaseAddress = baseAddress, Timeout = TimeSpan.FromSeconds(30) };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    private static async Task<Guid> CreatedIdAsync(HttpClient client, string path, object body) =>
        (await JsonAsync(await client.PostAsJsonAsync(path, body), HttpStatusCode.Created)).GetProperty("id").GetGuid();
}
