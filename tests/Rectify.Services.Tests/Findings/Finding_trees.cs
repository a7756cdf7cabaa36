using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Http;
using Rectify.Contracts.Findings;

namespace Rectify.Services.Tests.Findings;

public sealed class Finding_trees : IDisposable
{
    private readonly FindingsHost _host = new();

    [Fact]
    public async Task A_three_level_tree_comes_back_nested_in_the_order_recorded()
    {
        var (office, id) = await InspectionAsync();

        var aspect = await RecordAsync(office, id, null, 1, "一", "贯彻落实新时代党的组织路线存在薄弱环节");
        var problem = await RecordAsync(office, id, aspect, 2, "（一）", "领导班子建设不够有力");
        var first = await RecordAsync(office, id, problem, 3, "1", "民主集中制执行不到位", immediateFix: true);
        var second = await RecordAsync(office, id, problem, 3, "2", "“三重一大”事项记录不全");

        var tree = (await office.GetFromJsonAsync<Tree>($"/api/findings/inspections/{id}"))!;
        var root = Assert.Single(tree.Findings);
        Assert.Equal((aspect, 1, "一"), (root.Id, root.Level, root.Ordinal));
        var child = Assert.Single(root.Children);
        Assert.Equal(problem, child.Id);
        Assert.Equal([first, second], child.Children.Select(c => c.Id));
        Assert.True(child.Children[0].ImmediateFix);
        Assert.Empty(child.Children[1].Children);
        var recorded = await _host.PublishedAsync<FindingRecorded>(p => p.Count == 4);
        Assert.All(recorded, r => Assert.Equal($"inspection:{id}", r.AggregateKey));
        Assert.Equal(problem, recorded.Single(r => r.FindingId == first).ParentId);
    }

    [Fact]
    public async Task A_child_whose_level_is_not_its_parents_plus_one_is_a_400()
    {
        var (office, id) = await InspectionAsync();
        var aspect = await RecordAsync(office, id, null, 1, "一", "政治建设方面");

        var skipping = await office.PostAsJsonAsync($"/api/findings/inspections/{id}/findings",
            new { parentId = aspect, ordinal = "1", title = "跳过一级的问题", level = 3 });
        var rootless = await office.PostAsJsonAsync($"/api/findings/inspections/{id}/findings",
            new { ordinal = "1", title = "没有方面的问题", level = 2 });
        var tooDeep = await office.PostAsJsonAsync($"/api/findings/inspections/{id}/findings",
            new { parentId = aspect, ordinal = "1", title = "第五级", level = 5 });

        Assert.Equal(HttpStatusCode.BadRequest, skipping.StatusCode);
        Assert.Contains("level", (await skipping.Content.ReadFromJsonAsync<HttpValidationProblemDetails>())!.Errors.Keys);
        Assert.Equal(HttpStatusCode.BadRequest, rootless.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, tooDeep.StatusCode);
        Assert.Single((await office.GetFromJsonAsync<Tree>($"/api/findings/inspections/{id}"))!.Findings);
    }

    [Fact]
    public async Task A_parent_from_another_inspection_is_a_400_naming_parentId()
    {
        var (office, id) = await InspectionAsync();
        var unit = await _host.UnitAsync("县审计局党组", "/p/fz/gl/");
        var other = await FindingsHost.CreatedIdAsync(await office.PostAsJsonAsync("/api/findings/inspections", FindingsHost.Inspection(unit)));
        var foreign = await RecordAsync(office, other, null, 1, "一", "别处的方面");

        var response = await office.PostAsJsonAsync($"/api/findings/inspections/{id}/findings",
            new { parentId = foreign, ordinal = "（一）", title = "挂错了的问题", level = 2 });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("parentId", (await response.Content.ReadFromJsonAsync<HttpValidationProblemDetails>())!.Errors.Keys);
    }

    [Fact]
    public async Task Revising_changes_the_wording_and_is_published()
    {
        var (office, id) = await InspectionAsync();
        var aspect = await RecordAsync(office, id, null, 1, "一", "政治建设方面");

        var response = await office.PutAsJsonAsync($"/api/findings/inspections/{id}/findings/{aspect}",
            new { ordinal = "一", title = "学习贯彻习近平新时代中国特色社会主义思想不够深入", immediateFix = true, moneyInvolved = 12000.50m });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var node = Assert.Single((await office.GetFromJsonAsync<Tree>($"/api/findings/inspections/{id}"))!.Findings);
        Assert.Equal("学习贯彻习近平新时代中国特色社会主义思想不够深入", node.Title);
        Assert.Equal(12000.50m, node.MoneyInvolved);
        Assert.Equal(2, node.Version);
        var revised = (await _host.PublishedAsync<FindingRevised>(p => p.Count > 0)).Single();
        Assert.True(revised.ImmediateFix);
    }

    [Fact]
    public async Task Withdrawing_hides_the_finding_and_its_subtree_and_publishes_FindingWithdrawn()
    {
        var (office, id) = await InspectionAsync();
        var kept = await RecordAsync(office, id, null, 1, "一", "保留的方面");
        var aspect = await RecordAsync(office, id, null, 1, "二", "误录的方面");
        var problem = await RecordAsync(office, id, aspect, 2, "（一）", "误录的问题");

        var response = await office.DeleteAsync($"/api/findings/inspections/{id}/findings/{aspect}");

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        var tree = (await office.GetFromJsonAsync<Tree>($"/api/findings/inspections/{id}"))!;
        Assert.Equal([kept], tree.Findings.Select(f => f.Id));
        var withdrawn = await _host.PublishedAsync<FindingWithdrawn>(p => p.Count == 2);
        Assert.Equal([problem, aspect], withdrawn.Select(w => w.FindingId)); // children first
        Assert.Equal(HttpStatusCode.NotFound, (await office.DeleteAsync($"/api/findings/inspections/{id}/findings/{aspect}")).StatusCode);
    }

    private Task<(HttpClient Office, Guid InspectionId)> InspectionAsync() => _host.InspectionAsync("县科技局党组", "/p/fz/tj/");

    private static Task<Guid> RecordAsync(HttpClient client, Guid inspection, Guid? parentId, int level, string ordinal, string title,
        bool immediateFix = false) => FindingsHost.RecordAsync(client, inspection, parentId, level, ordinal, title, immediateFix);

    private sealed record Tree(Guid Id, List<Node> Findings);

    private sealed record Node(Guid Id, int Level, string Ordinal, string Title, bool ImmediateFix, decimal? MoneyInvolved, long Version, List<Node> Children);

    public void Dispose() => _host.Dispose();
}
