using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Rectify.Findings.Infrastructure;
using Rectify.Services.Tests.Findings;
using Rectify.Services.Tests.Support;

namespace Rectify.Services.Tests.Authorization;

/// <summary>The findings service with a victim unit's inspection, its finding tree, a recommendation, a clue, a progress report and an import preview.</summary>
public sealed class FindingsWorld : MatrixWorld
{
    public FindingsHost Host { get; } = new();
    public override IServiceProvider Services => Host.Services;
    protected override string KeyDirectory => Host.DataDirectory;
    protected override HttpClient NewClient() => Host.Anonymous();
    protected override Type DbContextType => typeof(FindingsDbContext);
    public override string[] Prefixes => ["/api/findings"];

    public override async Task InitializeAsync()
    {
        AttackerUnit = await Host.UnitAsync("县审计局党组", AttackerPath);
        VictimUnit = await Host.UnitAsync("市水利局党组", VictimPath);
        var admin = Signed(Admin);
        var inspection = await FindingsHost.CreatedIdAsync(await admin.PostAsJsonAsync("/api/findings/inspections", FindingsHost.Inspection(VictimUnit)));
        var aspect = await FindingsHost.RecordAsync(admin, inspection, null, 1, "一", "贯彻落实新时代党的组织路线存在薄弱环节");
        var issue = await FindingsHost.RecordAsync(admin, inspection, aspect, 2, "1", "民主集中制执行不到位");
        var recommendation = await FindingsHost.CreatedIdAsync(await admin.PostAsJsonAsync($"/api/findings/inspections/{inspection}/recommendations", new { text = "加强班子建设" }));
        var clue = new { summary = "某科长违规收受礼金", handedTo = "市纪委监委", handedOverOn = "2026-04-30", status = "handed_over" };
        var liaison = Signed($"discipline_liaison|u:{VictimUnit}");
        var clueId = await FindingsHost.CreatedIdAsync(await liaison.PostAsJsonAsync($"/api/findings/inspections/{inspection}/clues", clue));
        var preview = await admin.PostAsJsonAsync("/api/findings/imports", new { text = await File.ReadAllTextAsync(Corpus.PathOf("report_04.txt")) });
        var import = JsonNode.Parse(await preview.Content.ReadAsStringAsync())!["id"]!.ToString();
        RouteValues["id"] = inspection.ToString();
        RouteValues["findingId"] = issue.ToString();
        RouteValues["itemId"] = recommendation.ToString();
        RouteValues["clueId"] = clueId.ToString();
        RouteOverrides[("/api/findings/imports", "id")] = import;
        Queries["DELETE /api/findings/due-date-policies/"] = "?jurisdictionPath=/p/xm/";
        BodyValues["unitId"] = VictimUnit;
        BodyValues["parentId"] = aspect;
        BodyValues["level"] = 2;
        BodyValues["jurisdictionPath"] = "/p/xm/";
        BodyValues["onSiteStart"] = "2026-03-02";
        BodyValues["onSiteEnd"] = "2026-04-30";
        BodyValues["earlierFindingId"] = issue;
        Bodies["POST /api/findings/imports/"] = new { text = "第一轮巡察反馈" };
    }

    public override Task DisposeAsync()
    {
        Host.Dispose();
        return Task.CompletedTask;
    }
}
