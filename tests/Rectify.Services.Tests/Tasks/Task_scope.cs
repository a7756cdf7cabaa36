using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;

namespace Rectify.Services.Tests.Tasks;

/// <summary>Who may act on a task: own tasks for the responsible, own unit for the coordinator, reviewers alone close.</summary>
public sealed class Task_scope(WorldFixture fixture) : IClassFixture<WorldFixture>
{
    private TaskWorld World => fixture.World;

    [Fact]
    public async Task A_responsible_person_reports_on_their_own_task_only()
    {
        var id = await World.PlanAsync();

        var colleague = await World.ColleagueClient.PostAsJsonAsync($"/api/tasks/{id}/progress", TaskWorld.Progress());
        var colleagueFigures = await World.ColleagueClient.PostAsJsonAsync($"/api/tasks/{id}/outcomes",
            new { figures = new[] { new { kind = "talk", talkKind = "提醒谈话", people = 3 } } });
        var colleagueCloseOut = await World.ColleagueClient.PostAsJsonAsync($"/api/tasks/{id}/close-out", new { note = "完成" });
        var own = await World.Responsible.PostAsJsonAsync($"/api/tasks/{id}/progress", TaskWorld.Progress());
        var leader = await World.LeaderClient.PostAsJsonAsync($"/api/tasks/{id}/outcomes",
            new { figures = new[] { new { kind = "talk", talkKind = "提醒谈话", people = 3 } } });

        Assert.Equal(HttpStatusCode.Forbidden, colleague.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, colleagueFigures.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, colleagueCloseOut.StatusCode);
        Assert.Equal(HttpStatusCode.OK, own.StatusCode);
        Assert.Equal(HttpStatusCode.OK, leader.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await World.ColleagueClient.GetAsync($"/api/tasks/{id}")).StatusCode); // seeing the unit's tasks is fine
        Assert.Equal(1, await World.Host.Db(db => db.ProgressEntries.CountAsync(p => p.TaskId == id)));
    }

    [Fact]
    public async Task A_responsible_person_cannot_plan_assign_or_change_deadlines()
    {
        var id = await World.PlanAsync();
        var person = World.Responsible;

        Assert.Equal(HttpStatusCode.Forbidden, (await person.PostAsJsonAsync("/api/tasks", World.NewTask())).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await person.PutAsJsonAsync($"/api/tasks/{id}/assignment", new { responsiblePersonId = World.Person })).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await person.PutAsJsonAsync($"/api/tasks/{id}/deadline", new { deadline = "2030-01-01", reason = "想延后" })).StatusCode);
    }

    [Fact]
    public async Task The_coordinator_of_another_unit_gets_404_on_every_call()
    {
        var id = await World.TaskInAsync("in_progress");
        var stranger = World.OtherCoordinator;

        Assert.DoesNotContain(id, (await stranger.GetFromJsonAsync<List<TaskView>>("/api/tasks"))!.Select(t => t.Id));
        foreach (var response in await EveryCallAsync(stranger, id))
            Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.GetAsync($"/api/tasks/inspections/{World.Inspection}/plan")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.GetAsync($"/api/tasks/inspections/{World.Inspection}/audit")).StatusCode);
        var planning = await stranger.PostAsJsonAsync("/api/tasks", World.NewTask());
        Assert.Equal(HttpStatusCode.BadRequest, planning.StatusCode); // the finding is a reference in the body: unknown to them
        Assert.Equal("in_progress", (await World.TaskAsync(id)).State);
    }

    [Fact]
    public async Task A_coordinator_may_not_assign_a_person_of_another_unit()
    {
        var id = await World.PlanAsync();

        var response = await World.Coordinator.PutAsJsonAsync($"/api/tasks/{id}/assignment", new { responsiblePersonId = World.OtherPerson });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(World.Person, (await World.TaskAsync(id)).ResponsiblePersonId);
    }

    [Fact]
    public async Task Only_the_level_one_reviewer_closes_with_one_level()
    {
        var id = await World.TaskInAsync("submitted");

        foreach (var caller in new[] { World.Responsible, World.LeaderClient, World.Viewer, World.Office })
            Assert.Equal(HttpStatusCode.Forbidden, (await caller.PostAsJsonAsync($"/api/tasks/{id}/close-out/review", new { approve = true })).StatusCode);
        Assert.Equal("submitted", (await World.TaskAsync(id)).State);

        Assert.Equal(HttpStatusCode.OK, (await World.Coordinator.PostAsJsonAsync($"/api/tasks/{id}/close-out/review", new { approve = true })).StatusCode);
        Assert.Equal("closed", (await World.TaskAsync(id)).State);
    }

    [Fact]
    public async Task A_viewer_reads_but_changes_nothing()
    {
        var id = await World.TaskInAsync("in_progress");

        var calls = await EveryCallAsync(World.Viewer, id);

        Assert.Equal(HttpStatusCode.OK, calls[0].StatusCode);
        Assert.Equal(HttpStatusCode.OK, calls[1].StatusCode);
        Assert.All(calls.Skip(2), r => Assert.Equal(HttpStatusCode.Forbidden, r.StatusCode));
    }

    private static async Task<List<HttpResponseMessage>> EveryCallAsync(HttpClient c, Guid id) =>
    [
        await c.GetAsync($"/api/tasks/{id}"),
        await c.GetAsync($"/api/tasks/{id}/audit"),
        await c.PutAsJsonAsync($"/api/tasks/{id}/assignment", new { responsibleDepartment = "办公室" }),
        await c.PutAsJsonAsync($"/api/tasks/{id}/deadline", new { deadline = "2030-01-01", reason = "调整" }),
        await c.PostAsJsonAsync($"/api/tasks/{id}/extensions", new { deadline = "2030-01-01", reason = "调整" }),
        await c.PostAsJsonAsync($"/api/tasks/{id}/progress", TaskWorld.Progress()),
        await c.PostAsJsonAsync($"/api/tasks/{id}/outcomes", new { figures = new[] { new { kind = "money_returned", amount = 1200.5m } } }),
        await c.PostAsJsonAsync($"/api/tasks/{id}/close-out", new { note = "完成" }),
        await c.PostAsJsonAsync($"/api/tasks/{id}/close-out/review", new { approve = true }),
        await c.PostAsJsonAsync($"/api/tasks/{id}/reopen", new { reason = "回头看" }),
    ];
}

/// <summary>With two review levels the coordinator approves first, then the inspection office closes.</summary>
public sealed class Two_level_close_out : IDisposable
{
    private readonly TasksHost _host = new(("Tasks:CloseOutLevels", "2"));

    [Fact]
    public async Task The_coordinator_approves_level_one_and_only_the_office_closes()
    {
        var world = await TaskWorld.CreateAsync(_host);
        var id = await world.TaskInAsync("submitted");

        Assert.Equal(HttpStatusCode.OK, (await world.Coordinator.PostAsJsonAsync($"/api/tasks/{id}/close-out/review", new { approve = true })).StatusCode);
        var waiting = await world.TaskAsync(id);
        Assert.Equal(("submitted", 2), (waiting.State, waiting.PendingReviewLevel));
        Assert.Equal(HttpStatusCode.Forbidden, (await world.Coordinator.PostAsJsonAsync($"/api/tasks/{id}/close-out/review", new { approve = true })).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await world.Responsible.PostAsJsonAsync($"/api/tasks/{id}/close-out/review", new { approve = true })).StatusCode);

        Assert.Equal(HttpStatusCode.OK, (await world.Office.PostAsJsonAsync($"/api/tasks/{id}/close-out/review", new { approve = true })).StatusCode);

        Assert.Equal("closed", (await world.TaskAsync(id)).State);
        var approved = Assert.Single(await _host.PublishedAsync<Rectify.Contracts.Tasks.CloseOutApproved>(p => p.Count > 0));
        Assert.Equal((1, 2), (approved.Level, approved.AwaitingLevel));
        var closed = Assert.Single(await _host.PublishedAsync<Rectify.Contracts.Tasks.TaskClosed>(p => p.Count > 0));
        Assert.Equal(id, closed.Task.TaskId);
    }

    [Fact]
    public async Task The_office_may_send_it_back_at_level_two()
    {
        var world = await TaskWorld.CreateAsync(_host);
        var id = await world.TaskInAsync("submitted");
        await world.Coordinator.PostAsJsonAsync($"/api/tasks/{id}/close-out/review", new { approve = true });

        var response = await world.Office.PostAsJsonAsync($"/api/tasks/{id}/close-out/review", new { approve = false, reason = "整改不彻底" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("in_progress", (await world.TaskAsync(id)).State);
        var returned = Assert.Single(await _host.PublishedAsync<Rectify.Contracts.Tasks.TaskReturned>(p => p.Count > 0));
        Assert.Equal((2, "整改不彻底"), (returned.Level, returned.Reason));
    }

    public void Dispose() => _host.Dispose();
}
