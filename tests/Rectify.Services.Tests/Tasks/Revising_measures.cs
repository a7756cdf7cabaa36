using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Rectify.Contracts.Tasks;

namespace Rectify.Services.Tests.Tasks;

/// <summary>Correcting a task's measures or kind after planning: audited, published once, refused where it would break a rule.</summary>
public sealed class Revising_measures : IDisposable
{
    private readonly TasksHost _host = new();

    [Fact]
    public async Task The_coordinator_corrects_measures_and_kind_and_the_change_is_audited_and_published()
    {
        var world = await TaskWorld.CreateAsync(_host);
        var id = await world.PlanAsync(deadline: $"{TaskWorld.Year}-12-31");

        var response = await world.Coordinator.PutAsJsonAsync($"/api/tasks/{id}/measures", new { measures = " 修订《党组议事规则》并组织学习 ", kind = "sustained" });
        var again = await world.Coordinator.PutAsJsonAsync($"/api/tasks/{id}/measures", new { measures = "修订《党组议事规则》并组织学习", kind = "sustained" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(HttpStatusCode.OK, again.StatusCode); // nothing to change: no event, no audit row
        var task = await world.TaskAsync(id);
        Assert.Equal(("修订《党组议事规则》并组织学习", "sustained"), (task.Measures, task.Kind));
        var detail = (await world.Admin.GetFromJsonAsync<Detail>($"/api/tasks/{id}"))!;
        Assert.Equal(["kind", "measures"], detail.Audit.Where(a => a.Action == "revised").Select(a => a.Field!).Order());
        var revised = Assert.Single(await _host.PublishedAsync<TaskRevised>(p => p.Count > 0));
        Assert.Equal(("一是修订党组议事规则；二是每季度开展一次民主生活会", "time_limited", "sustained"), (revised.PreviousMeasures, revised.PreviousKind, revised.Task.Kind));
        // The unchanged second request answered after its transaction: had it queued an event, the outbox would hold it now.
        Assert.Equal(1, await _host.Db(db => db.OutboxMessages.CountAsync(m => m.MessageType.EndsWith("." + nameof(TaskRevised)))));
    }

    [Fact]
    public async Task Bad_input_closed_tasks_and_people_without_the_right_are_refused_with_nothing_written()
    {
        var world = await TaskWorld.CreateAsync(_host);
        var sustained = await world.PlanAsync(kind: "sustained");
        var closed = await world.TaskInAsync("closed");
        var planned = await world.PlanAsync(deadline: $"{TaskWorld.Year}-12-31");

        var noDeadline = await world.Coordinator.PutAsJsonAsync($"/api/tasks/{sustained}/measures", new { measures = "建立长效机制", kind = "time_limited" });
        var badKind = await world.Coordinator.PutAsJsonAsync($"/api/tasks/{planned}/measures", new { measures = "建立长效机制", kind = "someday" });
        var tooShort = await world.Coordinator.PutAsJsonAsync($"/api/tasks/{planned}/measures", new { measures = "改", kind = "time_limited" });
        var frozen = await world.Coordinator.PutAsJsonAsync($"/api/tasks/{closed}/measures", new { measures = "建立长效机制", kind = "time_limited" });
        var person = await world.Responsible.PutAsJsonAsync($"/api/tasks/{planned}/measures", new { measures = "建立长效机制", kind = "time_limited" });
        var other = await world.OtherCoordinator.PutAsJsonAsync($"/api/tasks/{planned}/measures", new { measures = "建立长效机制", kind = "time_limited" });

        Assert.Equal(HttpStatusCode.BadRequest, noDeadline.StatusCode);
        Assert.Contains("kind", (await noDeadline.Content.ReadFromJsonAsync<HttpValidationProblemDetails>())!.Errors.Keys);
        Assert.Contains("kind", (await badKind.Content.ReadFromJsonAsync<HttpValidationProblemDetails>())!.Errors.Keys, StringComparer.OrdinalIgnoreCase);
        Assert.Contains("measures", (await tooShort.Content.ReadFromJsonAsync<HttpValidationProblemDetails>())!.Errors.Keys, StringComparer.OrdinalIgnoreCase);
        Assert.Equal(HttpStatusCode.Conflict, frozen.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, person.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, other.StatusCode);
        Assert.Equal("sustained", (await world.TaskAsync(sustained)).Kind);
        Assert.Equal("一是修订党组议事规则；二是每季度开展一次民主生活会", (await world.TaskAsync(planned)).Measures);
        Assert.Empty(_host.Harness.Published.Select<TaskRevised>());
    }

    public void Dispose() => _host.Dispose();
}
