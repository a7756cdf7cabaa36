using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Rectify.Reporting.Infrastructure;
using Rectify.Services.Tests.Reporting;

namespace Rectify.Services.Tests.Authorization;

/// <summary>
/// The reporting service fed a victim unit with two inspections and a task each; a draft notice on one,
/// a published notice on the other (the public's to read), and a snapshot of the victim unit.
/// </summary>
public sealed class ReportingWorld : MatrixWorld
{
    public ReportingHost Host { get; } = new();
    public override IServiceProvider Services => Host.Services;
    protected override string KeyDirectory => Host.DataDirectory;
    protected override HttpClient NewClient() => Host.Anonymous;
    protected override Type DbContextType => typeof(ReportingDbContext);
    public override string[] Prefixes => ["/api/reports", "/public"];

    public override async Task InitializeAsync()
    {
        VictimUnit = Guid.NewGuid();
        var (draftOn, publishedOn) = (Guid.NewGuid(), Guid.NewGuid());
        await Host.FeedAsync(ReportingEvents.Unit(AttackerUnit, "县审计局党组", AttackerPath), ReportingEvents.Unit(VictimUnit, "市水利局党组", VictimPath));
        foreach (var inspection in new[] { draftOn, publishedOn })
        {
            var finding = Guid.NewGuid();
            await Host.FeedAsync(
                ReportingEvents.Inspection(inspection, VictimUnit),
                ReportingEvents.Finding(finding, inspection, VictimUnit, null, 1, "一", "民主集中制执行不到位", 2),
                ReportingEvents.Planned(ReportingEvents.TaskOf(Guid.NewGuid(), finding, inspection, VictimUnit, VictimPath, "in_progress", new DateOnly(2026, 7, 30))));
        }
        var admin = Signed(Admin);
        var draft = await IdAsync(await admin.PostAsync($"/api/reports/inspections/{draftOn}/notices", null));
        var published = await IdAsync(await admin.PostAsync($"/api/reports/inspections/{publishedOn}/notices", null));
        await IdAsync(await admin.PostAsync($"/api/reports/notices/{published}/publish", null));
        var snapshot = await admin.PostAsJsonAsync("/api/reports/snapshots", new { label = "六月", unitId = VictimUnit });
        RouteValues["id"] = draft;
        RouteValues["inspectionId"] = draftOn.ToString();
        RouteValues["unitId"] = VictimUnit.ToString();
        RouteValues["format"] = "md";
        RouteOverrides[("/public/notices", "id")] = published;
        RouteOverrides[("/api/reports/snapshots", "id")] = JsonNode.Parse(await snapshot.Content.ReadAsStringAsync())!["snapshot"]?["id"]?.ToString()
            ?? JsonNode.Parse(await snapshot.Content.ReadAsStringAsync())!["id"]!.ToString();
        RouteOverrides[("/api/reports/admin", "id")] = Guid.NewGuid().ToString();
        foreach (var key in new[] { "GET /api/reports/categories", "GET /api/reports/items", "GET /api/reports/missing-reports", "GET /api/reports/timeline" })
            Queries[key] = $"?unitId={VictimUnit}";
        Queries["GET /api/reports/dashboard"] = "?jurisdictionPath=/p/xm/";
        Queries["GET /api/reports/notices"] = $"?inspectionId={draftOn}";
        Bodies["POST /api/reports/snapshots/"] = new { label = "六月", unitId = VictimUnit };
        BodyValues["unitId"] = VictimUnit;
        BodyValues["jurisdictionPath"] = "/p/xm/";
        Secrets.Add(draft);
    }

    private static async Task<string> IdAsync(HttpResponseMessage response)
    {
        var text = await response.Content.ReadAsStringAsync();
        if (!response.IsSuccessStatusCode)
            throw new InvalidOperationException($"{response.RequestMessage!.RequestUri}: {(int)response.StatusCode} {text}");
        return JsonNode.Parse(text)!["id"]!.ToString();
    }

    public override Task DisposeAsync()
    {
        Host.Dispose();
        return Task.CompletedTask;
    }
}
