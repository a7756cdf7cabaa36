using System.Net;
using System.Net.Http.Json;
using Rectify.EndToEnd.Tests.Infrastructure;

namespace Rectify.EndToEnd.Tests;

public sealed class RebuildFixture() : SharedCluster("rebuild");

/// <summary>
/// Reporting's read models rebuilt (重建报表) through the gateway, over RabbitMQ, while tasks keep changing:
/// reporting empties its tables, units, findings and tasks republish their state, and what reporting shows
/// afterwards is what it showed before plus the changes made meanwhile — nothing lost, nothing counted twice.
/// </summary>
public sealed class Rebuilding_through_the_gateway(RebuildFixture fixture, ITestOutputHelper output) : IClassFixture<RebuildFixture>
{
    // Two notices of the corpus, each for a unit of its own: inspections, finding trees and, through events, tasks.
    private static readonly (string Notice, string Unit, string Round)[] Notices =
    [
        ("report_04.txt", "吉水县交通运输局党委", "十四届县委第十一轮"),
        ("report_02.txt", "E2E第二被巡察党委", "E2E第二轮"),
    ];

    private static readonly string[] OwningServices = ["units", "findings", "tasks"];
    private static readonly string[] Services = [.. OwningServices, "notifications", "reporting"];

    // Bounds the data entry if the run never completes; the wait for completion then fails with the run's state.
    private const int MaxChanges = 40;
    private const int HeldChanges = 3;

    private RectifyCluster Cluster
    {
        get
        {
            fixture.Cluster.Output = output;
            return fixture.Cluster;
        }
    }

    [Fact]
    public async Task Converges_to_the_figures_before_plus_the_changes_made_while_it_ran()
    {
        var cluster = Cluster;
        try
        {
            var imported = await ImportNoticesAsync(cluster);
            var inspections = imported.Select(i => i.InspectionId).ToList();
            var before = await SettledViewAsync(cluster, inspections, "reporting showing the imported notices before the rebuild",
                view => view.Items.Count == imported.Sum(i => i.Tasks));
            var open = before.Items.Where(i => i.Value!["light"]!.GetValue<string>() != "none").Select(i => i.Key).ToList();
            Assert.True(open.Count > 0, $"The notices gave no open task whose deadline could be moved. {before}");
            cluster.Log($"before: {before}; {open.Count} open tasks");

            // Tasks' relay is held for the first changes, so they certainly commit while the run waits for
            // tasks' snapshot, however fast the machine; afterwards changes and the replay interleave freely.
            cluster.HoldRelay("tasks");
            using var started = await cluster.Api.PostAsync("api/reports/admin/rebuild", null);
            Assert.True(started.StatusCode == HttpStatusCode.Accepted,
                $"POST /api/reports/admin/rebuild answered {(int)started.StatusCode}: {await started.Content.ReadAsStringAsync()}");
            var run = (await started.Content.ReadFromJsonAsync<RebuildDto>())!;
            Assert.Equal(OwningServices, run.Waiting);

            // Data entry goes on: deadlines move, each to a day of its own, until the run reports every service done.
            var moves = new Dictionary<Guid, DeadlineMove>();
            var whileRunning = 0;
            var farAhead = DateOnly.FromDateTime(DateTime.UtcNow).AddYears(3);
            for (var i = 0; i < MaxChanges; i++)
            {
                var task = open[i % open.Count];
                moves[task] = await MoveDeadlineAsync(cluster.Api, task, farAhead.AddDays(i));
                if (i == HeldChanges - 1)
                    cluster.ReleaseRelay("tasks");
                if ((await RunAsync(cluster.Api, run.Id)).State != "running")
                    break;
                whileRunning++;
            }
            cluster.Log($"{whileRunning} deadline changes committed while the run was running ({moves.Count} tasks moved)");
            Assert.True(whileRunning > 0,
                "The run completed before the first deadline change was committed: nothing was changed during the rebuild.");

            var done = await Eventually.HoldsAsync(() => RunAsync(cluster.Api, run.Id), r => r.State == "completed",
                $"rebuild {run.Id} completed (units, findings and tasks answered)",
                r => r is null ? "no answer" : $"{r.State}, waiting for {string.Join(", ", r.Waiting)}; {r.Events} events",
                diagnostics: cluster.Diagnostics);
            cluster.Log($"completed: {string.Join(", ", done.Finished.Select(f => $"{f.Service} {f.Count} events"))}");
            // Other services may answer too (notifications republishes calendar edits); the owners must have, with events.
            var answered = done.Finished.ToDictionary(f => f.Service, f => f.Count);
            Assert.Empty(done.Waiting);
            Assert.All(OwningServices, s => Assert.True(answered.GetValueOrDefault(s) > 0, $"{s} did not answer with events: {done}"));
            Assert.True(answered["tasks"] >= before.Items.Count, $"tasks republished {answered["tasks"]} events for {before.Items.Count} tasks");
            Assert.Contains(await cluster.Api.GetFromJsonAsync<List<RebuildDto>>("api/reports/admin/rebuilds") ?? [], r => r.Id == run.Id);

            // The tasks service, which owns them, holds the deadlines the changes set.
            foreach (var move in moves.Values)
            {
                var task = (await cluster.Api.GetFromJsonAsync<TaskDetailDto>($"api/tasks/{move.TaskId}"))!.Task;
                Assert.Equal((move.TaskId, (DateOnly?)move.Deadline), (task.Id, task.Deadline));
            }

            var expected = before.After(moves.Values);
            var after = await SettledViewAsync(cluster, inspections, "reporting rebuilt", _ => true);
            var difference = expected.FirstDifference(after);
            Assert.True(difference is null,
                $"After the rebuild reporting does not show the figures before plus the {moves.Count} moved deadlines.\n{difference}\n" +
                $"before: {before}\nafter:  {after}");
        }
        catch
        {
            cluster.ReleaseRelay("tasks"); // the cluster is shared with the next test
            cluster.KeepTempFolder();
            throw;
        }
    }

    [Fact]
    public async Task Cannot_be_started_without_signing_in()
    {
        var cluster = Cluster;
        using var anonymous = new HttpClient { BaseAddress = cluster.Api.BaseAddress, Timeout = TimeSpan.FromSeconds(30) };
        using var response = await anonymous.PostAsync("api/reports/admin/rebuild", null);
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    /// <summary>Registers a unit per notice, imports the notice for it, and waits for the tasks service to make every task.</summary>
    private static async Task<List<ImportedNotice>> ImportNoticesAsync(RectifyCluster cluster)
    {
        var imported = new List<ImportedNotice>();
        foreach (var (notice, name, round) in Notices)
        {
            using var registered = await cluster.Api.PostAsJsonAsync("api/units", cluster.NewUnit($"{name} {Guid.NewGuid():N}", name));
            Assert.True(registered.StatusCode == HttpStatusCode.Created,
                $"POST /api/units answered {(int)registered.StatusCode}: {await registered.Content.ReadAsStringAsync()}");
            var unit = (await registered.Content.ReadFromJsonAsync<UnitDto>())!.Id;
            await Eventually.HoldsAsync(() => cluster.ListUnitsAsync(cluster.Api, "api/findings/units"), units => units.Any(u => u.Id == unit),
                $"unit {unit} known to findings", units => $"{units?.Count ?? 0} units", diagnostics: cluster.Diagnostics);

            var inspection = await NoticeImport.ImportAsync(cluster.Api, notice, unit, round);
            cluster.Log($"imported {notice}: inspection {inspection.InspectionId}, {inspection.Findings} findings, {inspection.Tasks} tasks");
            Assert.True(inspection.Tasks > 0, $"{notice} gave no task");
            await Eventually.HoldsAsync(() => cluster.Api.GetFromJsonAsync<List<TaskDto>>($"api/tasks?inspectionId={inspection.InspectionId}&take=500"),
                tasks => tasks?.Count == inspection.Tasks, $"{inspection.Tasks} tasks of {notice} made by the tasks service",
                tasks => $"{tasks?.Count ?? 0} tasks", diagnostics: cluster.Diagnostics);
            imported.Add(inspection);
        }
        return imported;
    }

    /// <summary>
    /// Reads reporting until nothing is left on its way (no message in any queue of the vhost, nothing unsent in
    /// any service's outbox) and two readings in a row are the same: only then are figures final.
    /// </summary>
    private static async Task<ReportingView> SettledViewAsync(
        RectifyCluster cluster, IReadOnlyList<Guid> inspections, string what, Func<ReportingView, bool> complete)
    {
        ReportingView? previous = null;
        string state = "not read";
        async Task<ReportingView?> ReadAsync()
        {
            var queues = await Broker.QueueDepthsAsync(cluster.VirtualHost);
            var outboxes = Services.ToDictionary(s => s, s => cluster.Outbox(s).Pending);
            var view = await ReportingView.ReadAsync(cluster.Api, inspections);
            var quiet = queues.Values.All(d => d == 0) && outboxes.Values.All(p => p == 0);
            state = $"{view}; queues {string.Join(", ", queues.Where(q => q.Value > 0).Select(q => $"{q.Key}={q.Value}"))}; " +
                    $"unsent {string.Join(", ", outboxes.Select(o => $"{o.Key}={o.Value}"))}";
            var settled = quiet && complete(view) && previous is not null && previous.FirstDifference(view) is null;
            previous = quiet ? view : null;
            return settled ? view : null;
        }

        return (await Eventually.HoldsAsync(ReadAsync, view => view is not null, what, _ => state, diagnostics: cluster.Diagnostics))!;
    }

    /// <summary>Moves a task's deadline with PUT /api/tasks/{id}/deadline, sending the version just read as If-Match.</summary>
    private static async Task<DeadlineMove> MoveDeadlineAsync(HttpClient api, Guid taskId, DateOnly deadline)
    {
        using var current = await api.GetAsync($"api/tasks/{taskId}");
        Assert.True(current.IsSuccessStatusCode, $"GET /api/tasks/{taskId} answered {(int)current.StatusCode}");
        using var request = new HttpRequestMessage(HttpMethod.Put, $"api/tasks/{taskId}/deadline")
        {
            Content = JsonContent.Create(new { deadline, reason = "E2E：重建报表期间调整整改时限" }),
        };
        request.Headers.IfMatch.Add(current.Headers.ETag!);
        using var response = await api.SendAsync(request);
        Assert.True(response.StatusCode == HttpStatusCode.OK,
            $"PUT /api/tasks/{taskId}/deadline answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        var moved = (await response.Content.ReadFromJsonAsync<TaskDto>())!;
        Assert.Equal(deadline, moved.Deadline);
        // Reporting measures the slip from the original deadline the tasks service sends with the change.
        return new DeadlineMove(taskId, moved.OriginalDeadline, deadline);
    }

    private static async Task<RebuildDto> RunAsync(HttpClient api, Guid id) =>
        (await api.GetFromJsonAsync<RebuildDto>($"api/reports/admin/rebuilds/{id}"))!;

    private sealed record RebuildDto(Guid Id, string State, DateTimeOffset? CompletedAt, List<FinishedDto> Finished, List<string> Waiting, int Events);

    private sealed record FinishedDto(string Service, int Count);

    private sealed record TaskDto(Guid Id, string State, DateOnly? OriginalDeadline, DateOnly? Deadline);

    private sealed record TaskDetailDto(TaskDto Task);
}
