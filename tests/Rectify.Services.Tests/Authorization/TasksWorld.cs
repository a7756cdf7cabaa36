using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Rectify.Services.Tests.Tasks;
using Rectify.Tasks.Infrastructure;

namespace Rectify.Services.Tests.Authorization;

/// <summary>The tasks service with a victim unit's inspection, issue, people and one task carrying progress, evidence, an outcome and an extension request.</summary>
public sealed class TasksWorld : MatrixWorld
{
    public TasksHost Host { get; } = new();
    public override IServiceProvider Services => Host.Services;
    protected override string KeyDirectory => Host.DataDirectory;
    protected override HttpClient NewClient() => Host.Anonymous();
    protected override Type DbContextType => typeof(TasksDbContext);
    public override string[] Prefixes => ["/api/tasks"];

    public override async Task InitializeAsync()
    {
        AttackerUnit = await Host.UnitAsync("县审计局党组", AttackerPath);
        VictimUnit = await Host.UnitAsync("市水利局党组", VictimPath);
        var (inspection, _, issue) = await Host.InspectionAsync(VictimUnit);
        var person = await Host.PersonAsync(VictimUnit, "张三");
        var leader = await Host.PersonAsync(VictimUnit, "王五");
        var admin = Signed(Admin);
        var deadline = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(60).ToString("yyyy-MM-dd");
        var task = await TasksHost.CreatedIdAsync(await admin.PostAsJsonAsync("/api/tasks", new
        {
            findingId = issue, measures = "一是修订党组议事规则", kind = "time_limited", responsibleLeaderId = leader,
            responsibleDepartment = "办公室", responsiblePersonId = person, deadline,
        }));
        Ok(await admin.PostAsJsonAsync($"/api/tasks/{task}/progress", new { reportedOn = DateOnly.FromDateTime(DateTime.UtcNow).ToString("yyyy-MM-dd"), narrative = "已修订规则" }));
        var upload = await TaskWorld.UploadAsync(admin, task, Evidence.Png(), "佐证.png");
        Ok(upload);
        var evidence = JsonNode.Parse(await upload.Content.ReadAsStringAsync())!["evidence"]!["id"]!.ToString();
        Ok(await admin.PostAsJsonAsync($"/api/tasks/{task}/outcomes", new { figures = new[] { new { kind = "rule_made", title = "议事规则" } } }));
        Ok(await admin.PostAsJsonAsync($"/api/tasks/{task}/extensions", new { deadline = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(90).ToString("yyyy-MM-dd"), reason = "需要更多时间" }));
        var detail = JsonNode.Parse(await admin.GetStringAsync($"/api/tasks/{task}"))!;
        RouteValues["id"] = task.ToString();
        RouteValues["inspectionId"] = inspection.ToString();
        RouteValues["evidenceId"] = evidence;
        RouteValues["outcomeId"] = detail["outcomes"]![0]!["id"]!.ToString();
        RouteValues["requestId"] = detail["extensionRequests"]![0]!["id"]!.ToString();
        Queries["DELETE /api/tasks/{id:guid}/outcomes/{outcomeId:guid}"] = "?reason=录入有误";
        Queries["DELETE /api/tasks/{id:guid}/evidence/{evidenceId:guid}"] = "?reason=上传错误";
        BodyValues["findingId"] = issue;
        BodyValues["responsiblePersonId"] = person;
        BodyValues["responsibleLeaderId"] = leader;
        BodyValues["taskIds"] = new[] { task };
        BodyValues["kind"] = "time_limited";
        BodyValues["figures"] = new[] { new { kind = "rule_made", title = "议事规则" } };
        BodyValues["evidenceIds"] = Array.Empty<Guid>();
    }

    private static void Ok(HttpResponseMessage response)
    {
        if (!response.IsSuccessStatusCode)
            throw new InvalidOperationException($"{response.RequestMessage!.RequestUri}: {(int)response.StatusCode} {response.Content.ReadAsStringAsync().Result}");
    }

    public override Task DisposeAsync()
    {
        Host.Dispose();
        return Task.CompletedTask;
    }
}
