using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Rectify.Contracts.Tasks;
using Rectify.Services.Tests.Support;

namespace Rectify.Services.Tests.Tasks;

/// <summary>Many people writing to one task at the same moment, on the embedded default (SQLite).</summary>
public sealed class Concurrent_writes_on_SQLite() : Concurrent_writes(TestProvider.Sqlite);

/// <summary>Many people writing to one task at the same moment, on PostgreSQL (RECTIFY_POSTGRES), a database of its own.</summary>
public sealed class Concurrent_writes_on_PostgreSQL() : Concurrent_writes(TestProvider.Postgres);

/// <summary>
/// Many people writing to one task at the same moment, through the API. Appends (progress, outcome figures, evidence)
/// are all accepted, stored and published once each in version order; two edits of the same thing made on the same
/// version leave one winner and a 409 for the other that names who changed what. The same tests run on each provider.
/// </summary>
public abstract class Concurrent_writes : IDisposable
{
    private const int Writers = 16;
    private readonly TasksHost _host;

    // The coordinator changes deadlines here, as where Tasks:ExtensionApprover=unit (the default is the office).
    protected Concurrent_writes(TestProvider provider) => _host = new TasksHost(provider, ("Tasks:ExtensionApprover", "unit"));

    [Fact]
    public async Task Sixteen_people_reporting_progress_at_once_are_all_accepted_stored_and_published_once_in_version_order()
    {
        var world = await TaskWorld.CreateAsync(_host);
        var id = await world.PlanAsync();
        var clients = Enumerable.Range(0, Writers).Select(i => (i % 3) switch { 0 => world.Responsible, 1 => world.LeaderClient, _ => world.Coordinator }).ToList();

        var responses = await Task.WhenAll(clients.Select((c, i) => c.PostAsJsonAsync($"/api/tasks/{id}/progress", Report(i))));

        Assert.All(responses, r => Assert.Equal(HttpStatusCode.OK, r.StatusCode));
        var stored = await _host.Db(db => db.ProgressEntries.Where(p => p.TaskId == id).ToListAsync());
        Assert.Equal(Narratives(Writers), stored.Select(p => p.Narrative).Order());
        Assert.Equal(Enumerable.Range(1, Writers), stored.Select(p => p.Position).Order());
        var versions = await OutboxVersionsAsync(id);
        Assert.Equal(Enumerable.Range(1, Writers + 1).Select(v => (long)v), versions); // planned, then one per report, in write order
        Assert.Equal(Writers + 1, (await world.TaskAsync(id)).Version);
        var published = await PublishedOnceAsync<TaskProgressReported>(id, Writers);
        Assert.Equal(Narratives(Writers), published.Select(p => p.Narrative).Order());
    }

    [Fact]
    public async Task Progress_figures_and_evidence_sent_at_once_are_all_kept_with_strictly_increasing_versions()
    {
        var world = await TaskWorld.CreateAsync(_host);
        var id = await world.PlanAsync();
        var writes = new List<Func<Task<HttpResponseMessage>>>();
        for (var i = 0; i < 4; i++)
        {
            var n = i;
            writes.Add(() => world.Responsible.PostAsJsonAsync($"/api/tasks/{id}/progress", Report(n)));
            writes.Add(() => world.LeaderClient.PostAsJsonAsync($"/api/tasks/{id}/outcomes",
                new { figures = new object[] { new { kind = "money_returned", amount = 1000m + n } } }));
            writes.Add(() => TaskWorld.UploadAsync(world.Coordinator, id, Evidence.Png($"file {n}"), $"佐证{n}.png"));
        }

        var responses = await Task.WhenAll(writes.Select(w => w()));

        Assert.All(responses, r => Assert.True(r.IsSuccessStatusCode, $"{(int)r.StatusCode} {r.Content.ReadAsStringAsync().Result}"));
        Assert.Equal(4, await _host.Db(db => db.ProgressEntries.CountAsync(p => p.TaskId == id)));
        Assert.Equal(4, await _host.Db(db => db.Outcomes.CountAsync(o => o.TaskId == id)));
        Assert.Equal(4, await _host.Db(db => db.EvidenceFiles.CountAsync(e => e.TaskId == id)));
        Assert.Equal(Enumerable.Range(1, 13).Select(v => (long)v), await OutboxVersionsAsync(id));
        var totals = await PublishedOnceAsync<OutcomeRecorded>(id, 4);
        Assert.Equal(4000m + 6m, totals.Max(o => o.Totals.MoneyReturned)); // the last figure's totals count all four
    }

    [Theory]
    [InlineData("deadline")]
    [InlineData("measures")]
    [InlineData("assignment")]
    public async Task Two_edits_of_the_same_version_leave_one_winner_and_tell_the_other_who_changed_what(string edit)
    {
        var world = await TaskWorld.CreateAsync(_host);
        var id = await world.PlanAsync(deadline: $"{TaskWorld.Year}-12-31");
        var seen = (await world.TaskAsync(id)).Version;
        var (zhang, li) = (Editor(world, "张三"), Editor(world, "李四"));

        var responses = await Task.WhenAll(Edit(zhang, id, edit, seen, 0), Edit(li, id, edit, seen, 1));

        var winner = Assert.Single(responses, r => r.StatusCode == HttpStatusCode.OK);
        var loser = Assert.Single(responses, r => r.StatusCode == HttpStatusCode.Conflict);
        var winnerName = winner == responses[0] ? "张三" : "李四";
        var problem = await loser.Content.ReadFromJsonAsync<JsonElement>();
        var detail = problem.GetProperty("detail").GetString()!;
        Assert.Contains(winnerName, detail);
        Assert.Contains(edit == "assignment" ? "responsible" : edit, detail);
        Assert.DoesNotContain("exists", detail);
        Assert.Equal(winnerName, problem.GetProperty("changedBy").GetString());
        Assert.Equal(seen + 1, problem.GetProperty("currentVersion").GetInt64());
        Assert.Equal([seen + 1], (await OutboxVersionsAsync(id)).Where(v => v > seen)); // the loser wrote nothing
    }

    [Fact]
    public async Task A_report_sent_with_the_version_before_someone_elses_edit_is_refused_naming_the_edit()
    {
        var world = await TaskWorld.CreateAsync(_host);
        var id = await world.PlanAsync(deadline: $"{TaskWorld.Year}-12-31");
        var seen = (await world.TaskAsync(id)).Version;
        (await Edit(Editor(world, "张三"), id, "deadline", seen, 0)).EnsureSuccessStatusCode();

        var stale = await Send(world.Responsible, HttpMethod.Post, $"/api/tasks/{id}/progress", seen, Report(0));

        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        var detail = (await stale.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString()!;
        Assert.Contains("张三", detail);
        Assert.Contains("deadline", detail);
        Assert.Contains($"{TaskWorld.Year + 1}-01-01", detail);
        Assert.Equal(0, await _host.Db(db => db.ProgressEntries.CountAsync(p => p.TaskId == id)));
    }

    private static HttpClient Editor(TaskWorld world, string name) =>
        world.Host.AsNamed(name, $"unit_coordinator|u:{world.Unit}");

    private static Task<HttpResponseMessage> Edit(HttpClient client, Guid id, string edit, long version, int which) => edit switch
    {
        "deadline" => Send(client, HttpMethod.Put, $"/api/tasks/{id}/deadline", version,
            new { deadline = which == 0 ? $"{TaskWorld.Year + 1}-01-01" : $"{TaskWorld.Year + 1}-02-01", reason = "方案调整" }),
        "measures" => Send(client, HttpMethod.Put, $"/api/tasks/{id}/measures", version,
            new { measures = which == 0 ? "修订议事规则" : "开展专题学习", kind = "time_limited" }),
        _ => Send(client, HttpMethod.Put, $"/api/tasks/{id}/assignment", version,
            new { responsibleLeader = which == 0 ? "局长赵一" : "副局长钱二", responsibleDepartment = "办公室" }),
    };

    private static async Task<HttpResponseMessage> Send(HttpClient client, HttpMethod method, string path, long version, object body)
    {
        using var request = new HttpRequestMessage(method, path) { Content = JsonContent.Create(body) };
        request.Headers.IfMatch.Add(new System.Net.Http.Headers.EntityTagHeaderValue($"\"{version}\""));
        return await client.SendAsync(request);
    }

    private static object Report(int i) =>
        new { reportedOn = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(-1).ToString("yyyy-MM-dd"), narrative = $"第{i:D2}次进展" };

    private static List<string> Narratives(int count) => [.. Enumerable.Range(0, count).Select(i => $"第{i:D2}次进展").Order()];

    /// <summary>The task's events in the outbox, in the order they were written, as their versions.</summary>
    private async Task<List<long>> OutboxVersionsAsync(Guid id)
    {
        var bodies = await _host.Db(db => db.OutboxMessages.Where(m => m.AggregateKey == $"task:{id}").OrderBy(m => m.Id).Select(m => m.Body).ToListAsync());
        return [.. bodies.Select(b => JsonDocument.Parse(b).RootElement.GetProperty("meta").GetProperty("version").GetInt64())];
    }

    /// <summary>The task's events of a type on the bus, once every outbox row of the task was sent: each exactly once.</summary>
    private async Task<List<T>> PublishedOnceAsync<T>(Guid id, int expected) where T : class, Rectify.Contracts.IIntegrationEvent
    {
        await Eventually.HoldsAsync(() => _host.Db(db => db.OutboxMessages.AnyAsync(m => m.AggregateKey == $"task:{id}" && m.SentAt == null)), pending => !pending);
        var published = _host.Harness.Published.Select<T>().Select(p => p.Context.Message).Where(m => m.AggregateKey == $"task:{id}").ToList();
        Assert.Equal(expected, published.Count);
        Assert.Equal(expected, published.Select(p => p.Meta.EventId).Distinct().Count());
        return published;
    }

    public void Dispose()
    {
        _host.Dispose();
        GC.SuppressFinalize(this);
    }
}
