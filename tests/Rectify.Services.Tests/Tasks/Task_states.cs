using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;

namespace Rectify.Services.Tests.Tasks;

/// <summary>Every action tried in every state: allowed ones move the task as the table says, the others are a 409 that changes nothing.</summary>
public sealed class Task_states(WorldFixture fixture) : IClassFixture<WorldFixture>
{
    private TaskWorld World => fixture.World;

    public static TheoryData<string, string, string?> Transitions()
    {
        // (state, action, state after; null = refused with 409)
        var data = new TheoryData<string, string, string?>();
        void Row(string state, params (string Action, string? After)[] rows)
        {
            foreach (var (action, after) in rows)
                data.Add(state, action, after);
        }
        Row("planned", ("assign", "planned"), ("deadline", "planned"), ("extension", "planned"), ("progress", "in_progress"), ("outcome", "planned"),
            ("close_out", null), ("approve", null), ("return", null), ("reopen", null));
        Row("in_progress", ("assign", "in_progress"), ("deadline", "in_progress"), ("extension", "in_progress"), ("progress", "in_progress"),
            ("outcome", "in_progress"), ("close_out", "submitted"), ("approve", null), ("return", null), ("reopen", null));
        Row("submitted", ("assign", null), ("deadline", null), ("extension", null), ("progress", null), ("outcome", null), ("close_out", null),
            ("approve", "closed"), ("return", "in_progress"), ("reopen", null));
        Row("closed", ("assign", null), ("deadline", null), ("extension", null), ("progress", null), ("outcome", null), ("close_out", null),
            ("approve", null), ("return", null), ("reopen", "in_progress"));
        Row("completed_sustained", ("assign", null), ("deadline", null), ("extension", null), ("progress", "completed_sustained"),
            ("outcome", "completed_sustained"), ("close_out", null), ("approve", null), ("return", null), ("reopen", "in_progress"));
        return data;
    }

    [Theory]
    [MemberData(nameof(Transitions))]
    public async Task An_action_in_a_state_is_allowed_or_refused_as_the_table_says(string state, string action, string? after)
    {
        var id = await World.TaskInAsync(state);
        var before = await World.TaskAsync(id);
        Assert.Equal(state, before.State);
        var auditBefore = await World.Host.Db(db => db.Audit.CountAsync(a => a.TaskId == id));

        var response = await ActAsync(World.Coordinator, id, action, before);

        var now = await World.TaskAsync(id);
        if (after is null)
        {
            Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
            Assert.Equal(before.Version, now.Version);
            Assert.Equal(auditBefore, await World.Host.Db(db => db.Audit.CountAsync(a => a.TaskId == id)));
        }
        else
        {
            Assert.True(response.IsSuccessStatusCode, $"{action} in {state}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
            Assert.Equal(after, now.State);
            Assert.True(now.Version > before.Version);
        }
    }

    [Fact]
    public async Task A_sustained_task_closes_as_completed_sustained_and_takes_check_ins()
    {
        var id = await World.TaskInAsync("completed_sustained");

        var task = await World.TaskAsync(id);
        Assert.Equal("sustained", task.Kind);
        Assert.NotNull(task.ClosedOn);
        Assert.Equal("none", task.Light);
        Assert.Equal(HttpStatusCode.OK, (await World.Coordinator.PostAsJsonAsync($"/api/tasks/{id}/progress", TaskWorld.Progress("第二季度：制度执行情况良好"))).StatusCode);
        var detail = (await World.Admin.GetFromJsonAsync<Detail>($"/api/tasks/{id}"))!;
        Assert.Equal(2, detail.Progress.Count);
        Assert.Equal("completed_sustained", detail.Task.State);
    }

    [Fact]
    public async Task Returning_needs_a_reason_and_sends_the_task_back_to_in_progress_with_it()
    {
        var id = await World.TaskInAsync("submitted");

        var bare = await World.Coordinator.PostAsJsonAsync($"/api/tasks/{id}/close-out/review", new { approve = false });
        Assert.Equal(HttpStatusCode.BadRequest, bare.StatusCode);
        Assert.Contains("reason", (await bare.Content.ReadFromJsonAsync<HttpValidationProblemDetails>())!.Errors.Keys);
        Assert.Equal("submitted", (await World.TaskAsync(id)).State);

        var returned = await World.Coordinator.PostAsJsonAsync($"/api/tasks/{id}/close-out/review", new { approve = false, reason = "佐证材料不全" });

        Assert.Equal(HttpStatusCode.OK, returned.StatusCode);
        var task = await World.TaskAsync(id);
        Assert.Equal(("in_progress", "佐证材料不全"), (task.State, task.ReturnReason));
        Assert.Equal(HttpStatusCode.OK, (await World.Coordinator.PostAsJsonAsync($"/api/tasks/{id}/close-out", new { note = "已补齐" })).StatusCode);
        Assert.Null((await World.TaskAsync(id)).ReturnReason);
    }

    private async Task<HttpResponseMessage> ActAsync(HttpClient c, Guid id, string action, TaskView task)
    {
        var later = (task.Deadline ?? DateOnly.FromDateTime(DateTime.UtcNow)).AddDays(30).ToString("yyyy-MM-dd");
        return action switch
        {
            "assign" => await c.PutAsJsonAsync($"/api/tasks/{id}/assignment", new { responsibleLeaderId = World.Leader, responsibleDepartment = "组织人事科", responsiblePersonId = World.Colleague }),
            "deadline" => await c.PutAsJsonAsync($"/api/tasks/{id}/deadline", new { deadline = later, reason = "工作量调整" }),
            "extension" => await c.PostAsJsonAsync($"/api/tasks/{id}/extensions", new { deadline = later, reason = "需跨部门协调" }),
            "progress" => await c.PostAsJsonAsync($"/api/tasks/{id}/progress", TaskWorld.Progress()),
            "outcome" => await c.PostAsJsonAsync($"/api/tasks/{id}/outcomes", new { figures = new[] { new { kind = "rule_made", title = "《党组议事规则》" } } }),
            "close_out" => await c.PostAsJsonAsync($"/api/tasks/{id}/close-out", new { note = "已整改到位" }),
            "approve" => await c.PostAsJsonAsync($"/api/tasks/{id}/close-out/review", new { approve = true }),
            "return" => await c.PostAsJsonAsync($"/api/tasks/{id}/close-out/review", new { approve = false, reason = "佐证材料不全" }),
            "reopen" => await c.PostAsJsonAsync($"/api/tasks/{id}/reopen", new { reason = "回头看发现问题反弹" }),
            _ => throw new ArgumentOutOfRangeException(nameof(action)),
        };
    }
}
