using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Rectify.Contracts.Tasks;
using Rectify.Services.Tests.Support;

namespace Rectify.Services.Tests.Tasks;

/// <summary>
/// 到期锁定 and 逾期完成, with the clock moved past the deadline: a locked task still takes progress dated today,
/// but no back-dated progress, deadline change or close-out until the office unlocks it; closed late stays marked.
/// </summary>
public sealed class Deadline_lock : IDisposable
{
    private readonly ManualClock _clock = new(DateTimeOffset.UtcNow);
    private readonly TasksHost _host;

    public Deadline_lock() => _host = new TasksHost(_clock, ("Tasks:ExtensionApprover", "unit"));

    private DateOnly Today => DateOnly.FromDateTime(_clock.GetUtcNow().ToOffset(TimeSpan.FromHours(8)).DateTime);

    private static string Day(DateOnly d) => d.ToString("yyyy-MM-dd");

    /// <summary>A task in progress with evidence, due in 5 days; then the clock moves 10 days on.</summary>
    private async Task<(TaskWorld World, Guid Id)> OverdueAsync()
    {
        var world = await TaskWorld.CreateAsync(_host);
        var id = await world.PlanAsync(deadline: Day(Today.AddDays(5)));
        Assert.Equal(HttpStatusCode.OK, (await world.Coordinator.PostAsJsonAsync($"/api/tasks/{id}/progress", new { reportedOn = Day(Today), narrative = "已部署整改" })).StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await TaskWorld.UploadAsync(world.Coordinator, id, Evidence.Png(), "佐证.png")).StatusCode);
        Assert.False((await world.TaskAsync(id)).Locked);
        _clock.Advance(TimeSpan.FromDays(10));
        return (world, id);
    }

    [Fact]
    public async Task A_passed_deadline_locks_the_task_against_back_dating_deadline_changes_and_close_out_but_not_progress_of_today()
    {
        var (world, id) = await OverdueAsync();

        var task = await world.TaskAsync(id);
        Assert.True(task.Locked);
        Assert.True(task.Overdue);
        var backDated = await world.Responsible.PostAsJsonAsync($"/api/tasks/{id}/progress", new { reportedOn = Day(Today.AddDays(-7)), narrative = "补报" });
        Assert.Equal(HttpStatusCode.BadRequest, backDated.StatusCode);
        Assert.Contains("reportedOn", await backDated.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, (await world.Responsible.PostAsJsonAsync($"/api/tasks/{id}/progress", new { reportedOn = Day(Today), narrative = "继续推进" })).StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, (await world.Coordinator.PostAsJsonAsync($"/api/tasks/{id}/close-out", new { note = "已完成" })).StatusCode);
        Assert.Equal(HttpStatusCode.Conflict,
            (await world.Coordinator.PutAsJsonAsync($"/api/tasks/{id}/deadline", new { deadline = Day(Today.AddDays(30)), reason = "自行延后" })).StatusCode);
        var bulk = await world.Coordinator.PostAsJsonAsync("/api/tasks/bulk/deadline", new { taskIds = new[] { id }, deadline = Day(Today.AddDays(30)), reason = "自行延后" });
        Assert.Equal(HttpStatusCode.BadRequest, bulk.StatusCode);
        Assert.Contains("409", await bulk.Content.ReadAsStringAsync());
        var request = await TasksHost.CreatedIdAsync(await world.Responsible.PostAsJsonAsync($"/api/tasks/{id}/extensions", new { deadline = Day(Today.AddDays(30)), reason = "需延期" }));
        Assert.Equal(HttpStatusCode.Conflict, (await world.Coordinator.PostAsJsonAsync($"/api/tasks/{id}/extensions/{request}/decision", new { approve = true })).StatusCode);

        Assert.Equal(1, (await world.TaskAsync(id)).DeadlineVersion);
        Assert.Equal("in_progress", (await world.TaskAsync(id)).State);
    }

    [Fact]
    public async Task A_ledger_row_re_dating_a_locked_task_is_refused_and_nothing_is_written_until_the_office_unlocks_it()
    {
        var (world, id) = await OverdueAsync();
        var book = LedgerWorkbook.Read(await world.Coordinator.GetByteArrayAsync($"/api/tasks/inspections/{world.Inspection}/ledger"));
        book.Set("任务清单", 2, "完成时限", Day(Today.AddDays(30))).Set("任务清单", 2, "时限调整原因", "自行延后");
        var xlsx = book.Write();
        var audit = await _host.Db(db => db.Audit.CountAsync());

        var refused = await Ledger_round_trip.ImportAsync(world.Coordinator, world.Inspection, xlsx);

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Equal(["任务清单 第2行 完成时限: 已过完成时限，任务到期锁定：须经巡察办解锁后才能修改完成时限。"],
            (await Ledger_round_trip.ErrorsAsync(refused)).Select(e => e.Message));
        Assert.Equal((1, audit), ((await world.TaskAsync(id)).DeadlineVersion, await _host.Db(db => db.Audit.CountAsync())));

        Assert.Equal(HttpStatusCode.OK, (await world.Office.PostAsJsonAsync($"/api/tasks/{id}/unlock", new { reason = "同意调整时限" })).StatusCode);
        var accepted = await Ledger_round_trip.ImportAsync(world.Coordinator, world.Inspection, xlsx);

        Assert.True(accepted.StatusCode == HttpStatusCode.OK, await accepted.Content.ReadAsStringAsync());
        Assert.Equal((2, Today.AddDays(30)), ((await world.TaskAsync(id)).DeadlineVersion, (await world.TaskAsync(id)).Deadline!.Value));
    }

    [Fact]
    public async Task Only_the_office_unlocks_with_a_reason_and_then_the_unit_may_submit()
    {
        var (world, id) = await OverdueAsync();

        Assert.Equal(HttpStatusCode.Forbidden, (await world.Coordinator.PostAsJsonAsync($"/api/tasks/{id}/unlock", new { reason = "自行解锁" })).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await world.Office.PostAsJsonAsync($"/api/tasks/{id}/unlock", new { reason = "" })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await world.Office.PostAsJsonAsync($"/api/tasks/{id}/unlock", new { reason = "因客观原因延误，同意补报" })).StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, (await world.Office.PostAsJsonAsync($"/api/tasks/{id}/unlock", new { reason = "再次解锁" })).StatusCode);

        var task = await world.TaskAsync(id);
        Assert.Equal((false, "因客观原因延误，同意补报"), (task.Locked, task.UnlockReason));
        var unlocked = Assert.Single(await _host.PublishedAsync<TaskUnlocked>(p => p.Count > 0));
        Assert.Equal(("因客观原因延误，同意补报", 1), (unlocked.Reason, unlocked.Task.UnlockedDeadlineVersion));
        var audit = (await world.Admin.GetFromJsonAsync<List<AuditView>>($"/api/tasks/{id}/audit"))!;
        Assert.Contains(audit, a => a.Action == "unlocked" && a.Note == "因客观原因延误，同意补报");
        Assert.Equal(HttpStatusCode.OK, (await world.Responsible.PostAsJsonAsync($"/api/tasks/{id}/progress", new { reportedOn = Day(Today.AddDays(-3)), narrative = "补报" })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await world.Coordinator.PostAsJsonAsync($"/api/tasks/{id}/close-out", new { note = "已完成" })).StatusCode);
    }

    [Fact]
    public async Task A_task_closed_after_its_deadline_stays_completed_late_and_one_closed_in_time_does_not()
    {
        var (world, late) = await OverdueAsync();
        var onTime = await world.TaskInAsync("in_progress");
        await world.Office.PostAsJsonAsync($"/api/tasks/{late}/unlock", new { reason = "同意销号" });
        foreach (var id in new[] { late, onTime })
        {
            Assert.Equal(HttpStatusCode.OK, (await world.Coordinator.PostAsJsonAsync($"/api/tasks/{id}/close-out", new { note = "已完成" })).StatusCode);
            Assert.Equal(HttpStatusCode.OK, (await world.Coordinator.PostAsJsonAsync($"/api/tasks/{id}/close-out/review", new { approve = true })).StatusCode);
        }
        _clock.Advance(TimeSpan.FromDays(100));

        var closedLate = await world.TaskAsync(late);
        Assert.Equal(("closed", true, false), (closedLate.State, closedLate.CompletedLate, closedLate.Locked));
        Assert.False((await world.TaskAsync(onTime)).CompletedLate);
    }

    [Fact]
    public async Task A_new_deadline_granted_by_the_office_lifts_the_lock_until_it_passes_too()
    {
        var (world, id) = await OverdueAsync();

        Assert.Equal(HttpStatusCode.OK, (await world.Office.PutAsJsonAsync($"/api/tasks/{id}/deadline", new { deadline = Day(Today.AddDays(10)), reason = "巡察办同意调整" })).StatusCode);
        Assert.False((await world.TaskAsync(id)).Locked);
        _clock.Advance(TimeSpan.FromDays(11));

        Assert.True((await world.TaskAsync(id)).Locked);
    }

    public void Dispose() => _host.Dispose();
}
