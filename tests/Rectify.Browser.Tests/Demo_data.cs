using System.Net.Http.Headers;
using System.Net.Http.Json;

namespace Rectify.Browser.Tests;

/// <summary>A newcomer's first start: the demo units come with their published notices imported, as inspections with tasks.</summary>
[Collection(EmbeddedHostCollection.Name)]
public sealed class Demo_data(EmbeddedHost host)
{
    [Fact]
    public async Task Holds_each_demo_units_imported_inspection_and_its_tasks()
    {
        using var http = new HttpClient { BaseAddress = host.BaseAddress };
        var token = await (await http.PostAsJsonAsync("/api/auth/token", new { username = "admin", password = EmbeddedHost.AdminPassword }))
            .Content.ReadFromJsonAsync<Token>();
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token!.AccessToken);

        // The import runs in the background after start-up; a few seconds at most.
        List<Inspection> demo = [];
        for (var i = 0; i < 120 && demo.Count < 6; i++, await Task.Delay(500))
            demo = [.. (await http.GetFromJsonAsync<List<Inspection>>("/api/findings/inspections"))!.Where(x => x.Team.Contains("巡察"))
                .GroupBy(x => x.UnitName).Select(g => g.OrderBy(x => x.OnSiteStart).First())];

        Assert.Equal(6, demo.Select(d => d.UnitName).Distinct().Count());
        var ganzhou = Assert.Single(demo, d => d.UnitName == "中共赣州市水利局党组");
        Assert.Equal(("市委第一巡察组", "五届市委第十轮", "回头看"), (ganzhou.Team, ganzhou.Round, ganzhou.Type));
        List<TaskRow> tasks = [];
        for (var i = 0; i < 120 && tasks.Count < 37; i++, await Task.Delay(500))
            tasks = (await http.GetFromJsonAsync<List<TaskRow>>($"/api/tasks?inspectionId={ganzhou.Id}"))!;
        Assert.Equal(37, tasks.Count);
    }

    private sealed record Token(string AccessToken);

    private sealed record Inspection(Guid Id, string UnitName, string Team, string Round, string Type, DateOnly OnSiteStart);

    private sealed record TaskRow(Guid Id, string State);
}
