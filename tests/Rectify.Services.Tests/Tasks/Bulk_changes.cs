using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Rectify.Contracts.Tasks;

namespace Rectify.Services.Tests.Tasks;

/// <summary>Bulk reassignment and deadline change: every task checked as the single call would, all changed or none.</summary>
public abstract class Bulk_changes(WorldFixture fixture)
{
    private TaskWorld World => fixture.World;

    [Fact]
    public async Task A_bulk_reassignment_moves_every_task_and_publishes_one_event_each()
    {
        var ids = new[] { await World.PlanAsync(), await World.PlanAsync(), await World.TaskInAsync("in_progress") };

        var response = await World.Coordinator.PostAsJsonAsync("/api/tasks/bulk/assignment",
            new { taskIds = ids, responsibleLeaderId = World.Leader, responsibleDepartment = "组织人事科", responsiblePersonId = World.Colleague });

        Assert.True(response.StatusCode == HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        foreach (var id in ids)
            Assert.Equal((World.Colleague, "组织人事科"), ((await World.TaskAsync(id)).ResponsiblePersonId!.Value, (await World.TaskAsync(id)).ResponsibleDepartment!));
        var assigned = await World.Host.PublishedAsync<TaskAssigned>(p => ids.All(id => p.Any(e => e.Task.TaskId == id)));
        Assert.All(ids, id => Assert.Single(assigned, e => e.Task.TaskId == id));
    }

    [Fact]
    public async Task A_bulk_deadline_change_keeps_each_tasks_history_with_the_reason()
    {
        // Deadlines still to come: a passed one would lock the task (到期锁定) against the coordinator's change.
        var ids = new[] { await World.PlanAsync(deadline: $"{TaskWorld.Year + 1}-10-31"), await World.PlanAsync(deadline: $"{TaskWorld.Year + 1}-11-30") };

        var response = await World.Coordinator.PostAsJsonAsync("/api/tasks/bulk/deadline", new { taskIds = ids, deadline = "2028-01-31", reason = "统一调整至年后" });

        Assert.True(response.StatusCode == HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        foreach (var id in ids)
        {
            var detail = (await World.Admin.GetFromJsonAsync<Detail>($"/api/tasks/{id}"))!;
            Assert.Equal(new DateOnly(2028, 1, 31), detail.Task.Deadline);
            Assert.Equal("统一调整至年后", Assert.Single(detail.DeadlineRevisions).Reason);
        }
    }

    [Fact]
    public async Task One_refused_task_refuses_them_all_and_each_refusal_is_listed()
    {
        var open = await World.PlanAsync(deadline: $"{TaskWorld.Year + 1}-10-31");
        var closed = await World.TaskInAsync("closed");
        var otherUnits = await TasksHost.CreatedIdAsync(await World.OtherCoordinator.PostAsJsonAsync("/api/tasks",
            new { findingId = World.OtherIssue, measures = "规范审计整改台账", kind = "time_limited", deadline = $"{TaskWorld.Year}-12-31" }));
        var before = await World.Host.Db(db => db.Audit.CountAsync());
        var versions = new[] { (await World.TaskAsync(open)).Version, (await World.TaskAsync(closed)).Version };

        var deadline = await World.Coordinator.PostAsJsonAsync("/api/tasks/bulk/deadline",
            new { taskIds = new[] { open, closed, otherUnits }, deadline = "2028-01-31", reason = "统一调整" });
        var assignment = await World.Coordinator.PostAsJsonAsync("/api/tasks/bulk/assignment",
            new { taskIds = new[] { open, closed }, responsiblePersonId = World.OtherPerson });

        Assert.Equal(HttpStatusCode.BadRequest, deadline.StatusCode);
        Assert.Equal([(closed, 409), (otherUnits, 404)], (await ItemsAsync(deadline)).Select(i => (i.TaskId, i.Status)));
        Assert.Equal(HttpStatusCode.BadRequest, assignment.StatusCode);
        var refused = await ItemsAsync(assignment);
        Assert.Equal([(open, 400, "responsiblePersonId"), (closed, 409, null)], refused.Select(i => (i.TaskId, i.Status, i.Field)));
        Assert.Equal(before, await World.Host.Db(db => db.Audit.CountAsync()));
        Assert.Equal(versions, new[] { (await World.TaskAsync(open)).Version, (await World.TaskAsync(closed)).Version });
        Assert.Equal(new DateOnly(TaskWorld.Year + 1, 10, 31), (await World.TaskAsync(open)).Deadline);
    }

    [Fact]
    public async Task A_responsible_person_cannot_bulk_change_and_an_empty_list_is_a_400()
    {
        var id = await World.PlanAsync();

        var person = await World.Responsible.PostAsJsonAsync("/api/tasks/bulk/deadline", new { taskIds = new[] { id }, deadline = "2028-01-31", reason = "想延后" });
        var empty = await World.Coordinator.PostAsJsonAsync("/api/tasks/bulk/assignment", new { taskIds = Array.Empty<Guid>(), responsiblePersonId = World.Person });

        Assert.Equal(403, Assert.Single(await ItemsAsync(person)).Status);
        Assert.Equal(HttpStatusCode.BadRequest, empty.StatusCode);
        Assert.Contains("taskIds", await empty.Content.ReadAsStringAsync());
    }

    private static async Task<List<ItemView>> ItemsAsync(HttpResponseMessage response)
    {
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return json.RootElement.GetProperty("items").Deserialize<List<ItemView>>(new JsonSerializerOptions(JsonSerializerDefaults.Web))!;
    }

    private sealed record ItemView(Guid TaskId, int Status, string? Field, string Reason);
}

public sealed class Bulk_changes_on_SQLite(WorldFixture fixture) : Bulk_changes(fixture), IClassFixture<WorldFixture>;

/// <summary>Bulk changes all-or-nothing on a server database, inside its retrying execution strategy.</summary>
public sealed class Bulk_changes_on_PostgreSQL(PostgresWorldFixture fixture) : Bulk_changes(fixture), IClassFixture<PostgresWorldFixture>;
