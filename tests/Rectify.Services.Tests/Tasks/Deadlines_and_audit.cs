using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Http;
using Rectify.Contracts.Tasks;

namespace Rectify.Services.Tests.Tasks;

public sealed class Deadlines_and_audit : IDisposable
{
    // The coordinator approves here, as where the deployment sets Tasks:ExtensionApprover=unit (the default is the office).
    private readonly TasksHost _host = new(("Tasks:ExtensionApprover", "unit"));

    [Fact]
    public async Task The_original_deadline_and_every_revision_are_kept_with_reason_requester_and_approver()
    {
        var world = await TaskWorld.CreateAsync(_host);
        var id = await world.PlanAsync(deadline: $"{TaskWorld.Year}-12-31");

        await world.Coordinator.PutAsJsonAsync($"/api/tasks/{id}/deadline", new { deadline = $"{TaskWorld.Year + 1}-01-31", reason = "方案调整" });
        var requested = await world.Responsible.PostAsJsonAsync($"/api/tasks/{id}/extensions", new { deadline = $"{TaskWorld.Year + 1}-03-31", reason = "需财政配合" });
        Assert.Equal(HttpStatusCode.Created, requested.StatusCode);
        var request = await TasksHost.CreatedIdAsync(requested);
        Assert.Equal(new DateOnly(TaskWorld.Year + 1, 1, 31), (await world.TaskAsync(id)).Deadline); // a pending request changes nothing yet
        var approved = await world.Coordinator.PostAsJsonAsync($"/api/tasks/{id}/extensions/{request}/decision", new { approve = true });
        Assert.Equal(HttpStatusCode.OK, approved.StatusCode);

        var detail = (await world.Admin.GetFromJsonAsync<Detail>($"/api/tasks/{id}"))!;
        Assert.Equal(new DateOnly(TaskWorld.Year, 12, 31), detail.Task.OriginalDeadline);
        Assert.Equal(new DateOnly(TaskWorld.Year + 1, 3, 31), detail.Task.Deadline);
        Assert.Equal(3, detail.Task.DeadlineVersion);
        Assert.Collection(detail.DeadlineRevisions,
            r => Assert.Equal((2, new DateOnly(TaskWorld.Year, 12, 31), new DateOnly(TaskWorld.Year + 1, 1, 31), "方案调整"), (r.Version, r.From!.Value, r.To, r.Reason)),
            r =>
            {
                Assert.Equal((3, new DateOnly(TaskWorld.Year + 1, 1, 31), new DateOnly(TaskWorld.Year + 1, 3, 31), "需财政配合"), (r.Version, r.From!.Value, r.To, r.Reason));
                Assert.Equal(request, r.ExtensionRequestId);
                Assert.NotEqual(r.RequestedBy, r.ApprovedBy); // the person asked, the coordinator approved
            });
        Assert.Equal("approved", Assert.Single(detail.ExtensionRequests).Status);
        var changed = await _host.PublishedAsync<TaskDeadlineChanged>(p => p.Count == 2);
        Assert.Equal([2, 3], changed.Select(c => c.Task.DeadlineVersion));
        Assert.All(changed, c => Assert.Equal(new DateOnly(TaskWorld.Year, 12, 31), c.Task.OriginalDeadline));
        Assert.Single(await _host.PublishedAsync<ExtensionRequested>(p => p.Count > 0));
    }

    [Fact]
    public async Task An_extension_is_later_than_the_deadline_one_at_a_time_and_a_rejection_needs_a_reason()
    {
        var world = await TaskWorld.CreateAsync(_host);
        var id = await world.PlanAsync(deadline: $"{TaskWorld.Year}-12-31");

        var earlier = await world.Responsible.PostAsJsonAsync($"/api/tasks/{id}/extensions", new { deadline = $"{TaskWorld.Year}-11-30", reason = "提前" });
        Assert.Equal(HttpStatusCode.BadRequest, earlier.StatusCode);
        Assert.Contains("deadline", (await earlier.Content.ReadFromJsonAsync<HttpValidationProblemDetails>())!.Errors.Keys);
        var request = await TasksHost.CreatedIdAsync(await world.Responsible.PostAsJsonAsync($"/api/tasks/{id}/extensions", new { deadline = $"{TaskWorld.Year + 1}-06-30", reason = "需跨部门协调" }));
        Assert.Equal(HttpStatusCode.Conflict, (await world.Responsible.PostAsJsonAsync($"/api/tasks/{id}/extensions", new { deadline = $"{TaskWorld.Year + 1}-07-30", reason = "再延" })).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await world.Responsible.PostAsJsonAsync($"/api/tasks/{id}/extensions/{request}/decision", new { approve = true })).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await world.Coordinator.PostAsJsonAsync($"/api/tasks/{id}/extensions/{request}/decision", new { approve = false })).StatusCode);

        var rejected = await world.Coordinator.PostAsJsonAsync($"/api/tasks/{id}/extensions/{request}/decision", new { approve = false, reason = "理由不充分" });

        Assert.Equal(HttpStatusCode.OK, rejected.StatusCode);
        var task = await world.TaskAsync(id);
        Assert.Equal((new DateOnly(TaskWorld.Year, 12, 31), 1), (task.Deadline!.Value, task.DeadlineVersion));
        Assert.Equal(HttpStatusCode.Conflict, (await world.Coordinator.PostAsJsonAsync($"/api/tasks/{id}/extensions/{request}/decision", new { approve = true })).StatusCode);
        Assert.Equal("理由不充分", Assert.Single(await _host.PublishedAsync<ExtensionRejected>(p => p.Count > 0)).Reason);
    }

    [Fact]
    public async Task The_audit_trail_names_who_changed_what_from_what_to_what_per_task_and_per_inspection()
    {
        var world = await TaskWorld.CreateAsync(_host);
        var id = await world.PlanAsync(deadline: $"{TaskWorld.Year}-12-31");
        var second = await world.PlanAsync(deadline: $"{TaskWorld.Year}-10-31");
        await world.Coordinator.PutAsJsonAsync($"/api/tasks/{id}/assignment",
            new { responsibleLeaderId = world.Leader, responsibleDepartment = "组织人事科", responsiblePersonId = world.Colleague });
        await world.Coordinator.PutAsJsonAsync($"/api/tasks/{id}/deadline", new { deadline = $"{TaskWorld.Year + 1}-01-31", reason = "方案调整" });
        await world.ColleagueClient.PostAsJsonAsync($"/api/tasks/{id}/progress", TaskWorld.Progress());
        await world.ColleagueClient.PostAsJsonAsync($"/api/tasks/{id}/outcomes",
            new { figures = new object[] { new { kind = "money_recovered", amount = 35000m }, new { kind = "accountability", people = 2, title = "党纪处分" } } });
        await TaskWorld.UploadAsync(world.ColleagueClient, id, Evidence.Png(), "整改佐证.png");
        await world.ColleagueClient.PostAsJsonAsync($"/api/tasks/{id}/close-out", new { note = "已整改到位" });
        await world.Coordinator.PostAsJsonAsync($"/api/tasks/{id}/close-out/review", new { approve = true });
        await world.Office.PostAsJsonAsync($"/api/tasks/{id}/reopen", new { reason = "回头看发现反弹" });

        var audit = (await world.Viewer.GetFromJsonAsync<List<AuditView>>($"/api/tasks/{id}/audit"))!;

        Assert.Equal(audit.OrderBy(a => a.Id).Select(a => a.Id), audit.Select(a => a.Id));
        Assert.All(audit, a => Assert.False(string.IsNullOrEmpty(a.Actor)));
        Assert.Contains(audit, a => a.Action == "planned" && a.Field == "deadline" && a.From is null && a.To == $"{TaskWorld.Year}-12-31");
        Assert.Contains(audit, a => a.Action == "assigned" && a.Field == "responsible_department" && a.From == "办公室" && a.To == "组织人事科");
        Assert.Contains(audit, a => a.Action == "assigned" && a.Field == "responsible_person" && a.From == "张三" && a.To == "李四");
        Assert.Contains(audit, a => a.Action == "deadline_changed" && a.From == $"{TaskWorld.Year}-12-31" && a.To == $"{TaskWorld.Year + 1}-01-31" && a.Note == "方案调整");
        Assert.Contains(audit, a => a.Action == "progress_reported" && a.Field == "state" && a.From == "planned" && a.To == "in_progress");
        Assert.Contains(audit, a => a.Action == "outcome_recorded" && a.To == "追缴：35000元");
        Assert.Contains(audit, a => a.Action == "close_out_requested" && a.From == "in_progress" && a.To == "submitted");
        Assert.Contains(audit, a => a.Action == "close_out_approved" && a.From == "submitted" && a.To == "closed");
        Assert.Contains(audit, a => a.Action == "reopened" && a.From == "closed" && a.To == "in_progress" && a.Note == "回头看发现反弹");
        var byInspection = (await world.Coordinator.GetFromJsonAsync<List<AuditView>>($"/api/tasks/inspections/{world.Inspection}/audit"))!;
        Assert.Equal(audit.Count + byInspection.Count(a => a.TaskId == second), byInspection.Count);
        Assert.Equal(new[] { id, second }.Order(), byInspection.Select(a => a.TaskId).Distinct().Order());
        var totals = (await world.Admin.GetFromJsonAsync<Detail>($"/api/tasks/{id}"))!.OutcomeTotals;
        Assert.Equal((35000m, 2), (totals.MoneyRecovered, totals.PeopleHeldAccountable));
    }

    public void Dispose() => _host.Dispose();
}

/// <summary>Where the deployment has the inspection office approve extensions, a coordinator cannot.</summary>
public sealed class Extensions_approved_by_the_office : IDisposable
{
    private readonly TasksHost _host = new(("Tasks:ExtensionApprover", "office"));

    [Fact]
    public async Task The_coordinator_gets_403_and_the_office_approves()
    {
        var world = await TaskWorld.CreateAsync(_host);
        var id = await world.PlanAsync(deadline: $"{TaskWorld.Year}-12-31");
        var request = await TasksHost.CreatedIdAsync(await world.Coordinator.PostAsJsonAsync($"/api/tasks/{id}/extensions", new { deadline = $"{TaskWorld.Year + 1}-02-28", reason = "需上级协调" }));

        Assert.Equal(HttpStatusCode.Forbidden, (await world.Coordinator.PostAsJsonAsync($"/api/tasks/{id}/extensions/{request}/decision", new { approve = true })).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await world.Coordinator.PutAsJsonAsync($"/api/tasks/{id}/deadline", new { deadline = $"{TaskWorld.Year + 1}-02-28", reason = "自行调整" })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await world.Office.PostAsJsonAsync($"/api/tasks/{id}/extensions/{request}/decision", new { approve = true })).StatusCode);

        Assert.Equal(new DateOnly(TaskWorld.Year + 1, 2, 28), (await world.TaskAsync(id)).Deadline);
        Assert.Equal("office", Assert.Single(await _host.PublishedAsync<ExtensionRequested>(p => p.Count > 0)).Approver);
    }

    public void Dispose() => _host.Dispose();
}
