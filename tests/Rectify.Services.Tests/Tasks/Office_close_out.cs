using System.Net;
using System.Net.Http.Json;
using Rectify.Contracts.Findings;
using Rectify.Contracts.Tasks;
using Rectify.Services.Tests.Support;

namespace Rectify.Services.Tests.Tasks;

/// <summary>
/// The close-out policy per inspection (对账销号), set by the office in the findings service and replicated by
/// InspectionCloseOutPolicySet; the office's review queue; returns with a reason, each round kept.
/// </summary>
public sealed class Office_close_out : IDisposable
{
    private readonly TasksHost _host = new();

    private async Task SetPolicyAsync(TaskWorld world, long version, int? levels, params Guid[] officeReviewed)
    {
        await _host.Harness.Bus.Publish(new InspectionCloseOutPolicySet(TasksHost.Meta(version), world.Inspection, world.Unit, levels, officeReviewed));
        await Eventually.HoldsAsync(() => _host.Db(db => Task.FromResult(db.Inspections.Single(i => i.InspectionId == world.Inspection).CloseOutPolicyVersion)),
            v => v >= version);
    }

    private static async Task<List<QueueItem>> QueueAsync(HttpClient client, int? level = null) =>
        (await client.GetFromJsonAsync<List<QueueItem>>($"/api/tasks/review-queue{(level is null ? "" : $"?level={level}")}"))!;

    [Fact]
    public async Task An_inspection_set_to_unit_then_office_waits_for_the_office_which_returns_with_a_reason_and_then_closes()
    {
        var world = await TaskWorld.CreateAsync(_host);
        await SetPolicyAsync(world, 10, 2);
        var id = await world.TaskInAsync("submitted");

        Assert.Equal(HttpStatusCode.OK, (await world.Coordinator.PostAsJsonAsync($"/api/tasks/{id}/close-out/review", new { approve = true })).StatusCode);
        Assert.Equal(("submitted", 2), ((await world.TaskAsync(id)).State, (await world.TaskAsync(id)).PendingReviewLevel));
        var first = Assert.Single(await QueueAsync(world.Office));
        Assert.Equal((id, 1, "县科技局党组", "1"), (first.Task.Id, first.Round, first.UnitName, first.FindingOrdinal));
        Assert.Empty(await QueueAsync(_host.As("inspection_office|j:/p/xm/"))); // another jurisdiction's office sees nothing

        var noReason = await world.Office.PostAsJsonAsync($"/api/tasks/{id}/close-out/review", new { approve = false });
        Assert.Equal(HttpStatusCode.BadRequest, noReason.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await world.Office.PostAsJsonAsync($"/api/tasks/{id}/close-out/review", new { approve = false, reason = "佐证材料不足" })).StatusCode);
        Assert.Equal(("in_progress", "佐证材料不足"), ((await world.TaskAsync(id)).State, (await world.TaskAsync(id)).ReturnReason));
        Assert.Empty(await QueueAsync(world.Office));

        Assert.Equal(HttpStatusCode.OK, (await world.Coordinator.PostAsJsonAsync($"/api/tasks/{id}/close-out", new { note = "已补充材料" })).StatusCode);
        Assert.Equal(id, Assert.Single(await QueueAsync(world.Coordinator, level: 1)).Task.Id);
        Assert.Equal(HttpStatusCode.OK, (await world.Coordinator.PostAsJsonAsync($"/api/tasks/{id}/close-out/review", new { approve = true })).StatusCode);
        var second = Assert.Single(await QueueAsync(world.Office));
        Assert.Equal((2, "佐证材料不足", "已补充材料"), (second.Round, second.LastReturnReason, second.Note));
        Assert.Equal(HttpStatusCode.OK, (await world.Office.PostAsJsonAsync($"/api/tasks/{id}/close-out/review", new { approve = true })).StatusCode);

        Assert.Equal("closed", (await world.TaskAsync(id)).State);
        var rounds = (await world.Admin.GetFromJsonAsync<CloseOutDetail>($"/api/tasks/{id}"))!.CloseOuts;
        Assert.Collection(rounds,
            r => Assert.Equal(("returned", "1:True,2:False:佐证材料不足"), (r.Request.Status, Reviews(r))),
            r => Assert.Equal(("approved", "1:True,2:True"), (r.Request.Status, Reviews(r))));
    }

    private static string Reviews(CloseOutRound r) => string.Join(",", r.Reviews.Select(v => $"{v.Level}:{v.Approved}{(v.Reason is null ? "" : ":" + v.Reason)}"));

    [Fact]
    public async Task Without_a_policy_the_deployment_default_applies_and_an_older_policy_event_is_ignored()
    {
        var world = await TaskWorld.CreateAsync(_host);
        await SetPolicyAsync(world, 10, 2);
        await SetPolicyAsync(world, 5, 1); // late and older: must not undo the newer policy
        await Eventually.HoldsAsync(() => _host.Db(db => Task.FromResult(db.Inspections.Single(i => i.InspectionId == world.Inspection).CloseOutLevels)), l => l == 2);
        await SetPolicyAsync(world, 11, null); // back to the deployment's default (1)
        var id = await world.TaskInAsync("submitted");

        Assert.Equal(HttpStatusCode.OK, (await world.Coordinator.PostAsJsonAsync($"/api/tasks/{id}/close-out/review", new { approve = true })).StatusCode);

        Assert.Equal("closed", (await world.TaskAsync(id)).State);
    }

    [Fact]
    public async Task Findings_the_office_chose_go_to_the_office_while_the_others_close_at_the_unit()
    {
        var world = await TaskWorld.CreateAsync(_host);
        var other = Guid.NewGuid();
        await _host.Harness.Bus.Publish(new FindingRecorded(TasksHost.Meta(4), other, world.Inspection, world.Unit, null, 1, "二", "落实全面从严治党主体责任不到位", false, null));
        await Eventually.HoldsAsync(() => _host.Db(db => Task.FromResult(db.Findings.Any(f => f.FindingId == other))), known => known);
        await SetPolicyAsync(world, 10, 1, world.Issue);
        var key = await world.TaskInAsync("submitted");
        var plain = await TasksHost.CreatedIdAsync(await world.Coordinator.PostAsJsonAsync("/api/tasks", world.NewTask(finding: other)));
        await world.Coordinator.PostAsJsonAsync($"/api/tasks/{plain}/progress", TaskWorld.Progress());
        await TaskWorld.UploadAsync(world.Coordinator, plain, Evidence.Png(), "佐证.png");
        await world.Coordinator.PostAsJsonAsync($"/api/tasks/{plain}/close-out", new { note = "已整改" });

        await world.Coordinator.PostAsJsonAsync($"/api/tasks/{key}/close-out/review", new { approve = true });
        await world.Coordinator.PostAsJsonAsync($"/api/tasks/{plain}/close-out/review", new { approve = true });

        Assert.Equal(("submitted", 2), ((await world.TaskAsync(key)).State, (await world.TaskAsync(key)).PendingReviewLevel));
        Assert.Equal("closed", (await world.TaskAsync(plain)).State);
        Assert.Equal(key, Assert.Single(await QueueAsync(world.Office)).Task.Id);
    }

    [Fact]
    public async Task By_default_the_office_decides_extensions_and_may_grant_another_date_keeping_both()
    {
        var world = await TaskWorld.CreateAsync(_host);
        var id = await world.PlanAsync(deadline: $"{TaskWorld.Year}-12-31");
        var request = await TasksHost.CreatedIdAsync(await world.Responsible.PostAsJsonAsync($"/api/tasks/{id}/extensions", new { deadline = $"{TaskWorld.Year + 1}-06-30", reason = "需财政配合" }));

        Assert.Equal(HttpStatusCode.Forbidden, (await world.Coordinator.PostAsJsonAsync($"/api/tasks/{id}/extensions/{request}/decision", new { approve = true })).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await world.Coordinator.PutAsJsonAsync($"/api/tasks/{id}/deadline", new { deadline = $"{TaskWorld.Year + 1}-01-31", reason = "自行调整" })).StatusCode);
        var earlier = await world.Office.PostAsJsonAsync($"/api/tasks/{id}/extensions/{request}/decision", new { approve = true, deadline = $"{TaskWorld.Year}-12-01" });
        Assert.Equal(HttpStatusCode.BadRequest, earlier.StatusCode);
        Assert.Equal(HttpStatusCode.OK,
            (await world.Office.PostAsJsonAsync($"/api/tasks/{id}/extensions/{request}/decision", new { approve = true, reason = "准予延期三个月", deadline = $"{TaskWorld.Year + 1}-03-31" })).StatusCode);

        var detail = (await world.Admin.GetFromJsonAsync<ExtensionDetail>($"/api/tasks/{id}"))!;
        var decided = Assert.Single(detail.ExtensionRequests);
        Assert.Equal(("approved", new DateOnly(TaskWorld.Year + 1, 6, 30), new DateOnly(TaskWorld.Year + 1, 3, 31), "需财政配合", "准予延期三个月"),
            (decided.Status, decided.ProposedDeadline, decided.GrantedDeadline, decided.Reason, decided.DecisionReason));
        Assert.Equal(new DateOnly(TaskWorld.Year + 1, 3, 31), detail.Task.Deadline);
        Assert.Equal("office", Assert.Single(await _host.PublishedAsync<ExtensionRequested>(p => p.Count > 0)).Approver);
    }

    public void Dispose() => _host.Dispose();
}

public sealed record QueueItem(TaskView Task, string UnitName, string? FindingOrdinal, string? FindingTitle, Guid RequestId, int Round, string? LastReturnReason, string? Note);

public sealed record CloseOutDetail(List<CloseOutRound> CloseOuts);

public sealed record CloseOutRound(CloseOutRequestView Request, List<CloseOutReviewView> Reviews);

public sealed record CloseOutRequestView(Guid Id, string Status, string? Note);

public sealed record CloseOutReviewView(int Level, bool Approved, string? Reason);

public sealed record ExtensionDetail(TaskView Task, List<DecidedExtension> ExtensionRequests);

public sealed record DecidedExtension(string Status, DateOnly ProposedDeadline, DateOnly? GrantedDeadline, string Reason, string? DecisionReason);
