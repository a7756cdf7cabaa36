using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Rectify.Contracts.Tasks;

namespace Rectify.Services.Tests.Tasks;

public sealed class Planning_and_reading(WorldFixture fixture) : IClassFixture<WorldFixture>
{
    private TaskWorld World => fixture.World;

    [Fact]
    public async Task Planning_a_task_publishes_TaskPlanned_with_what_notifications_and_reporting_need()
    {
        var id = await World.PlanAsync(deadline: $"{TaskWorld.Year}-12-31");

        var planned = Assert.Single(await World.Host.PublishedAsync<TaskPlanned>(p => p.Any(e => e.Task.TaskId == id)), e => e.Task.TaskId == id);
        Assert.Equal($"task:{id}", planned.AggregateKey);
        Assert.Equal(1, planned.Meta.Version);
        var t = planned.Task;
        Assert.Equal((World.Issue, World.Inspection, World.Unit, "/p/fz/kj/"), (t.FindingId, t.InspectionId, t.UnitId, t.JurisdictionPath));
        Assert.Equal((World.Person, "张三", World.Leader, "王五", "办公室"), (t.ResponsiblePersonId, t.ResponsiblePerson, t.ResponsibleLeaderId, t.ResponsibleLeader, t.ResponsibleDepartment));
        Assert.Equal((new DateOnly(TaskWorld.Year, 12, 31), new DateOnly(TaskWorld.Year, 12, 31), 1), (t.OriginalDeadline!.Value, t.Deadline!.Value, t.DeadlineVersion));
        Assert.Equal(("time_limited", "planned"), (t.Kind, t.State));
    }

    [Fact]
    public async Task The_plan_lists_the_inspections_findings_in_tree_order_with_their_tasks()
    {
        var first = await World.PlanAsync();
        var second = await World.PlanAsync("immediate");

        var plan = (await World.Responsible.GetFromJsonAsync<Plan>($"/api/tasks/inspections/{World.Inspection}/plan"))!;

        Assert.Equal("县科技局党组", plan.UnitName);
        Assert.Equal([1, 2], plan.Findings.Select(f => f.Level));
        Assert.Empty(plan.Findings[0].Tasks);
        Assert.Equal(World.Issue, plan.Findings[1].Id);
        Assert.Contains(first, plan.Findings[1].Tasks.Select(t => t.Id));
        Assert.Contains(second, plan.Findings[1].Tasks.Select(t => t.Id));
    }

    [Fact]
    public async Task Bad_requests_are_400s_naming_the_field_and_write_nothing()
    {
        var before = await World.Host.Db(db => db.Tasks.CountAsync());
        var outboxBefore = await World.Host.Db(db => db.OutboxMessages.CountAsync());
        var c = World.Coordinator;

        var cases = new (object Body, string Field)[]
        {
            (new { findingId = World.Issue, kind = "time_limited", deadline = $"{TaskWorld.Year}-12-31" }, "measures"),
            (new { findingId = World.Issue, measures = "整改措施", kind = "someday", deadline = $"{TaskWorld.Year}-12-31" }, "kind"),
            (new { findingId = World.Issue, measures = "整改措施", kind = "time_limited" }, "deadline"),
            (new { findingId = Guid.NewGuid(), measures = "整改措施", kind = "time_limited", deadline = $"{TaskWorld.Year}-12-31" }, "findingId"),
            (new { findingId = World.OtherIssue, measures = "整改措施", kind = "time_limited", deadline = $"{TaskWorld.Year}-12-31" }, "findingId"),
            (new { findingId = World.Issue, measures = "整改措施", kind = "time_limited", deadline = $"{TaskWorld.Year}-12-31", responsiblePersonId = World.OtherPerson }, "responsiblePersonId"),
            (new { findingId = World.Issue, measures = "整改措施", kind = "time_limited", deadline = $"{TaskWorld.Year}-12-31", responsibleLeaderId = Guid.NewGuid() }, "responsibleLeaderId"),
        };
        foreach (var (body, field) in cases)
        {
            var response = await c.PostAsJsonAsync("/api/tasks", body);
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            Assert.Contains(field, (await response.Content.ReadFromJsonAsync<HttpValidationProblemDetails>())!.Errors.Keys);
        }

        var id = await World.PlanAsync();
        var figures = new (object Body, string Field)[]
        {
            (new { figures = new[] { new { kind = "rule_made" } } }, "figures[0].title"),
            (new { figures = new object[] { new { kind = "rule_made", title = "制度" }, new { kind = "money_returned", amount = -5m } } }, "figures[1].amount"),
            (new { figures = new[] { new { kind = "talk", talkKind = "约谈" } } }, "figures[0].people"),
            (new { figures = new[] { new { kind = "bribe" } } }, "figures[0].kind"),
        };
        var afterPlan = await World.Host.Db(db => db.OutboxMessages.CountAsync());
        foreach (var (body, field) in figures)
        {
            var response = await c.PostAsJsonAsync($"/api/tasks/{id}/outcomes", body);
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            Assert.Contains(field, (await response.Content.ReadFromJsonAsync<HttpValidationProblemDetails>())!.Errors.Keys);
        }
        var future = await c.PostAsJsonAsync($"/api/tasks/{id}/progress", new { reportedOn = DateTime.UtcNow.AddDays(5).ToString("yyyy-MM-dd"), narrative = "将要完成" });
        Assert.Contains("reportedOn", (await future.Content.ReadFromJsonAsync<HttpValidationProblemDetails>())!.Errors.Keys);

        Assert.Equal(before + 1, await World.Host.Db(db => db.Tasks.CountAsync()));
        Assert.Equal(outboxBefore + 1, afterPlan);
        Assert.Equal(afterPlan, await World.Host.Db(db => db.OutboxMessages.CountAsync()));
        Assert.Equal(0, await World.Host.Db(db => db.Outcomes.CountAsync(o => o.TaskId == id)));
    }

    [Fact]
    public async Task A_stale_If_Match_is_a_409_and_the_current_one_goes_through()
    {
        var id = await World.PlanAsync();
        var read = await World.Coordinator.GetAsync($"/api/tasks/{id}");
        var etag = read.Headers.ETag!.Tag;
        Assert.Equal("\"1\"", etag);

        var first = new HttpRequestMessage(HttpMethod.Post, $"/api/tasks/{id}/progress") { Content = JsonContent.Create(TaskWorld.Progress()) };
        first.Headers.IfMatch.Add(new EntityTagHeaderValue(etag));
        var second = new HttpRequestMessage(HttpMethod.Put, $"/api/tasks/{id}/assignment") { Content = JsonContent.Create(new { responsibleDepartment = "纪检组" }) };
        second.Headers.IfMatch.Add(new EntityTagHeaderValue(etag));

        var ok = await World.Coordinator.SendAsync(first);
        var stale = await World.Coordinator.SendAsync(second);

        Assert.Equal(HttpStatusCode.OK, ok.StatusCode);
        Assert.NotEqual(etag, ok.Headers.ETag!.Tag);
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        Assert.Equal("办公室", (await World.TaskAsync(id)).ResponsibleDepartment);
    }

    private sealed record Plan(Guid InspectionId, string UnitName, List<PlanFinding> Findings);

    private sealed record PlanFinding(Guid Id, int Level, string Title, List<TaskView> Tasks);
}
