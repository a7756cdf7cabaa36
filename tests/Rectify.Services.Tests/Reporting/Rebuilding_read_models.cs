using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Rectify.Contracts.Reporting;
using Rectify.Contracts.Tasks;
using Rectify.Services.Tests.Support;
using static Rectify.Services.Tests.Reporting.FigureWorld;
using static Rectify.Services.Tests.Reporting.ReportingEvents;

namespace Rectify.Services.Tests.Reporting;

/// <summary>
/// Rebuilding reporting's read models: emptied in one go (notices and snapshots stay), refilled by the owning
/// services' republished state while live events keep arriving, ending with the same figures as a reporting
/// that never lost anything.
/// </summary>
public sealed class Rebuilding_read_models : IDisposable
{
    private readonly ReportingHost _host = new();
    private readonly ReportingHost _control = new();

    public void Dispose()
    {
        _host.Dispose();
        _control.Dispose();
    }

    private HttpClient Admin => _host.As("admin|*");

    // A3 (overdue) is closed while the rebuild runs; A5 gets its first progress report after the replay.
    private static readonly TaskClosed A3Closed = new(Meta(2), A3Overdue with { State = "closed", ClosedOn = D(6, 14) }, null);
    private static TaskProgressReported A5Progress => Progress(TaskOf(A5, FA3, IA, A, "/p/fz/kj/", "planned", D(9, 30)), 2, D(6, 12), "制定整改方案");

    [Fact]
    public async Task Only_an_administrator_may_rebuild()
    {
        Assert.Equal(HttpStatusCode.Forbidden, (await _host.As("inspection_office|j:/p/fz/").PostAsync("/api/reports/admin/rebuild", null)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await _host.Anonymous.PostAsync("/api/reports/admin/rebuild", null)).StatusCode);
        Assert.Equal(0, await _host.Db(db => db.RebuildRuns.CountAsync()));
    }

    [Fact]
    public async Task The_replay_interleaved_with_live_events_converges_to_the_figures_of_a_reporting_that_never_lost_them()
    {
        await FeedAsync(_host);
        await FeedAsync(_control);
        var office = _host.As("inspection_office|j:/p/fz/");
        (await office.PostAsJsonAsync("/api/reports/snapshots", new { label = "2026年第二季度", jurisdictionPath = Fuzhou })).EnsureSuccessStatusCode();
        var before = await Figures(_host);

        var started = await Admin.PostAsync("/api/reports/admin/rebuild", null);
        Assert.Equal(HttpStatusCode.Accepted, started.StatusCode);
        var run = (await started.Content.ReadFromJsonAsync<RebuildDto>())!;
        Assert.Equal(("running", 0), (run.State, run.Events));
        Assert.Equal(["units", "findings", "tasks"], run.Waiting);
        Assert.Equal((0, 0, 0, 0, 0), await _host.Db(async db => (await db.Units.CountAsync(), await db.Inspections.CountAsync(), await db.Findings.CountAsync(),
            await db.Tasks.CountAsync(), await db.ProgressNotes.CountAsync())));
        Assert.Equal(1, await _host.Db(db => db.Snapshots.CountAsync()));
        await Eventually.HoldsAsync(() => Task.FromResult(_host.Harness.Published.Select<ReadModelRebuildRequested>().Any(p => p.Context.Message.RequestId == run.Id)), sent => sent);

        // A live change lands before the replay reaches the task; the replay then carries the version read before it.
        await _host.FeedAsync(A3Closed);
        await FeedAsync(_host);
        await _host.FeedAsync(A5Progress);
        await _control.FeedAsync(A3Closed, A5Progress);

        var after = await Figures(_host);
        Assert.Equal(await Figures(_control), after);
        Assert.NotEqual(before, after); // the live events did change the figures

        await _host.FeedAsync(new ReadModelStateRepublished(Meta(1), run.Id, "units", 3), new ReadModelStateRepublished(Meta(1), run.Id, "tasks", 12));
        var halfway = (await Admin.GetFromJsonAsync<RebuildDto>($"/api/reports/admin/rebuilds/{run.Id}"))!;
        Assert.Equal(("running", 15), (halfway.State, halfway.Events));
        Assert.Equal(["findings"], halfway.Waiting);
        await _host.FeedAsync(new ReadModelStateRepublished(Meta(1), run.Id, "findings", 15), new ReadModelStateRepublished(Meta(1), run.Id, "findings", 15));
        var done = (await Admin.GetFromJsonAsync<RebuildDto>($"/api/reports/admin/rebuilds/{run.Id}"))!;
        Assert.Equal(("completed", 30), (done.State, done.Events));
        Assert.Equal(["findings", "tasks", "units"], done.Finished.Select(f => f.Service).Order());
        Assert.NotNull(done.CompletedAt);
    }

    [Fact]
    public async Task A_live_change_that_arrives_before_the_replayed_plan_keeps_the_day_the_task_was_planned()
    {
        await FeedAsync(_host);
        (await Admin.PostAsync("/api/reports/admin/rebuild", null)).EnsureSuccessStatusCode();
        // A5 was planned on 1 April with no progress since; its deadline moves today, before the replay reaches it.
        await _host.FeedAsync(new TaskDeadlineChanged(Meta(2), TaskOf(A5, FA3, IA, A, "/p/fz/kj/", "planned", D(10, 31), D(9, 30)), D(9, 30), "延期", null, null));
        await FeedAsync(_host);

        var stale = (await _host.As("inspection_office|j:/p/fz/").GetFromJsonAsync<ItemsDto>("/api/reports/items?figure=no_recent_progress"))!;
        Assert.Equal(D(4, 1), Assert.Single(stale.Items, i => i.TaskId == A5).LastActivityOn);
    }

    private static async Task<string> Figures(ReportingHost host)
    {
        var office = host.As("inspection_office|j:/p/fz/");
        return string.Join("\n",
            await office.GetStringAsync("/api/reports/dashboard?sort=name"),
            await office.GetStringAsync("/api/reports/categories"),
            await office.GetStringAsync($"/api/reports/inspections/{IA}"),
            await office.GetStringAsync("/api/reports/items?figure=no_recent_progress"),
            await office.GetStringAsync("/api/reports/units"));
    }

    private sealed record RebuildDto(Guid Id, string State, DateTimeOffset? CompletedAt, List<FinishedDto> Finished, List<string> Waiting, int Events);

    private sealed record FinishedDto(string Service, int Count);
}
