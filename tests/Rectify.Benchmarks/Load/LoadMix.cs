using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Rectify.Benchmarks.Load;

/// <summary>A task the mix may change, with the inspection it belongs to (reporting's drill-down is per inspection).</summary>
public sealed record LoadTask(Guid Id, Guid Inspection, bool HasDeadline);

/// <summary>How a write ended for the client: accepted (2xx), refused (any other status), or unknown (no answer in time).</summary>
public enum Answer { Accepted, Refused, Unknown }

/// <summary>
/// A write whose answer never came (client-side timeout, connection lost): the service may or may not have stored it,
/// so the loss check asks the database. <paramref name="Marker"/> is what makes the row unmistakable (the progress
/// narrative, the new deadline); null where nothing does (close-out steps), which the check can only bound.
/// </summary>
public sealed record UnknownWrite(string Table, Guid Task, string? Marker);

/// <summary>
/// The requests of the load run, each timed and counted under its kind. Writers never contend for a state: a close-out
/// cycle (request, then return) runs on tasks of its own, and one deadline change at a time per task, so every 409 is
/// spurious; progress reports on one task may overlap (they are appends and must all be accepted).
/// </summary>
public sealed class LoadMix(HttpClient api, LoadStats stats, IReadOnlyList<LoadTask> changing, IReadOnlyList<LoadTask> closing, Guid unit, string[] notices)
{
    private readonly ConcurrentQueue<LoadTask> _freeToClose = new(closing);
    private readonly ConcurrentDictionary<Guid, bool> _deadlineInFlight = new();
    private readonly Guid[] _inspections = changing.Concat(closing).Select(t => t.Inspection).Distinct().ToArray();
    private int _deadlineDays;
    private int _reports;
    private int _imports;
    private int _printed;

    public int AcceptedProgress;
    public int AcceptedDeadlines;
    public int AcceptedCloseOuts;
    public int AcceptedReturns;
    public int AcceptedImports;

    /// <summary>Writes that timed out or lost their connection on the client; the loss check resolves them against the server.</summary>
    public readonly ConcurrentQueue<UnknownWrite> Unknown = new();

    /// <summary>The tasks this run writes to: the loss check counts rows of these only (an import brings tasks and rows of its own).</summary>
    public readonly Guid[] OwnTasks = changing.Concat(closing).Select(t => t.Id).ToArray();

    /// <summary>The latest accepted deadline change, for the change-to-dashboard sampler: task, its new deadline, when it was sent.</summary>
    public (LoadTask Task, DateOnly Deadline, long SentAt)? LatestDeadline;

    public static readonly string Today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTimeFromUtc(DateTime.UtcNow, TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai"))).ToString("yyyy-MM-dd");

    /// <summary>One task change: 70 % progress, 20 % a deadline moved, 10 % a close-out cycle step.</summary>
    public async Task ChangeAsync(Random random)
    {
        var roll = random.NextDouble();
        if (roll >= 0.9 && _freeToClose.TryDequeue(out var closing))
        {
            await CloseOutCycleAsync(closing);
            return;
        }
        var task = changing[random.Next(changing.Count)];
        if (roll >= 0.7 && task.HasDeadline && _deadlineInFlight.TryAdd(task.Id, true))
        {
            try { await DeadlineAsync(task); }
            finally { _deadlineInFlight.TryRemove(task.Id, out _); }
            return;
        }
        var narrative = $"负载测试：第{Interlocked.Increment(ref _reports)}次报告整改进展";
        Count(await SendAsync("write progress", HttpMethod.Post, $"api/tasks/{task.Id}/progress", new { reportedOn = Today, narrative }),
            ref AcceptedProgress, new UnknownWrite("progress_entries", task.Id, narrative));
    }

    private async Task DeadlineAsync(LoadTask task)
    {
        // A new, later date each time (one counter for all tasks), so each change is unmistakable in reporting.
        var deadline = new DateOnly(2031, 1, 1).AddDays(Interlocked.Increment(ref _deadlineDays) % 20000);
        var sent = Stopwatch.GetTimestamp();
        if (Count(await SendAsync("write deadline", HttpMethod.Put, $"api/tasks/{task.Id}/deadline", new { deadline, reason = "负载测试：调整整改时限" }),
                ref AcceptedDeadlines, new UnknownWrite("deadline_revisions", task.Id, deadline.ToString("yyyy-MM-dd"))))
            LatestDeadline = (task, deadline, sent);
    }

    /// <summary>Counts an accepted write, or remembers one whose answer never came; true when accepted.</summary>
    private bool Count(Answer answer, ref int accepted, UnknownWrite ifUnknown)
    {
        if (answer == Answer.Accepted)
            Interlocked.Increment(ref accepted);
        else if (answer == Answer.Unknown)
            Unknown.Enqueue(ifUnknown);
        return answer == Answer.Accepted;
    }

    /// <summary>Request close-out, then return it to in progress, so the task can go round again.</summary>
    private async Task CloseOutCycleAsync(LoadTask task)
    {
        try
        {
            if (!Count(await SendAsync("write close-out", HttpMethod.Post, $"api/tasks/{task.Id}/close-out", new { note = "负载测试：申请销号" }),
                    ref AcceptedCloseOuts, new UnknownWrite("close_out_requests", task.Id, null)))
                return;
            Count(await SendAsync("write review", HttpMethod.Post, $"api/tasks/{task.Id}/close-out/review", new { approve = false, reason = "负载测试：退回整改" }),
                ref AcceptedReturns, new UnknownWrite("close_out_reviews", task.Id, null));
        }
        finally
        {
            _freeToClose.Enqueue(task);
        }
    }

    /// <summary>One read: a dashboard, a list, an item or reporting's drill-down.</summary>
    public Task ReadAsync(Random random)
    {
        var task = changing[random.Next(changing.Count)];
        return random.Next(4) switch
        {
            0 => SendAsync("read dashboard", HttpMethod.Get, "api/reports/dashboard", null),
            1 => SendAsync("read task list", HttpMethod.Get, $"api/tasks?inspectionId={task.Inspection}&take=500", null),
            2 => SendAsync("read task", HttpMethod.Get, $"api/tasks/{task.Id}", null),
            _ => SendAsync("read report items", HttpMethod.Get, $"api/reports/items?inspectionId={_inspections[random.Next(_inspections.Length)]}&take=500", null),
        };
    }

    /// <summary>A notice imported and committed as a new inspection of the unit (a round of its own each time).</summary>
    public async Task ImportAsync()
    {
        var notice = notices[_imports % notices.Length];
        var round = $"负载测试第{Interlocked.Increment(ref _imports)}轮";
        using var upload = new MultipartFormDataContent { { new ByteArrayContent(await File.ReadAllBytesAsync(notice)), "file", Path.GetFileName(notice) } };
        var (answer, preview) = await TimedAsync("import preview", () => api.PostAsync("api/findings/imports", upload));
        if (answer != Answer.Accepted)
            return;
        var (committed, _) = await TimedAsync("import commit", () => api.PostAsJsonAsync($"api/findings/imports/{preview.GetProperty("id").GetGuid()}/commit", new { unitId = unit, round }));
        if (committed == Answer.Accepted)
            Interlocked.Increment(ref AcceptedImports);
        else if (committed == Answer.Unknown)
            Unknown.Enqueue(new UnknownWrite("inspections", Guid.Empty, null));
    }

    public async Task<Answer> SendAsync(string kind, HttpMethod method, string path, object? body)
    {
        using var request = new HttpRequestMessage(method, path) { Content = body is null ? null : JsonContent.Create(body) };
        return (await TimedAsync(kind, () => api.SendAsync(request))).Answer;
    }

    private async Task<(Answer Answer, JsonElement Body)> TimedAsync(string kind, Func<Task<HttpResponseMessage>> send)
    {
        var start = Stopwatch.GetTimestamp();
        try
        {
            using var response = await send();
            var text = await response.Content.ReadAsStringAsync();
            stats.Record(kind, Stopwatch.GetElapsedTime(start).TotalMilliseconds, ((int)response.StatusCode).ToString());
            if (!response.IsSuccessStatusCode)
            {
                // The first few refusals that a target forbids, worded by the service, for the reader of the run.
                if (((int)response.StatusCode >= 500 || response.StatusCode == HttpStatusCode.Conflict) && Interlocked.Increment(ref _printed) <= 20)
                    Console.WriteLine($"  {kind}: {(int)response.StatusCode} {Cap(text)}");
                return (Answer.Refused, default);
            }
            return (Answer.Accepted, text.Length == 0 ? default : JsonDocument.Parse(text).RootElement.Clone());
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
        {
            stats.Record(kind, Stopwatch.GetElapsedTime(start).TotalMilliseconds, e is TaskCanceledException ? "timeout" : "no answer");
            return (Answer.Unknown, default);
        }
    }

    private static string Cap(string text) => text.Length <= 300 ? text : text[..300] + "…";
}
