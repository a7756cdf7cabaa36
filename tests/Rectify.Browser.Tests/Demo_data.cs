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

        // The import runs in the background after start-up; other tests of this host add inspections of their own.
        List<Inspection> all = [];
        for (var i = 0; i < 120 && all.Select(x => x.UnitName).Distinct().Count() < 6; i++, await Task.Delay(500))
            all = (await http.GetFromJsonAsync<List<Inspection>>("/api/findings/inspections"))!;

        Assert.Equal(6, all.Select(d => d.UnitName).Distinct().Count());
        var ganzhou = Assert.Single(all, d => d.UnitName == "中共赣州市水利局党组" && d.Team == "市委第一巡察组");
        Assert.Equal(("五届市委第十轮", "回头看"), (ganzhou.Round, ganzhou.Type));
        List<TaskRow> tasks = [];
        for (var i = 0; i < 120 && tasks.Count < 37; i++, await Task.Delay(500))
            tasks = (await http.GetFromJsonAsync<List<TaskRow>>($"/api/tasks?inspectionId={ganzhou.Id}&take=500"))!;
        Assert.Equal(37, tasks.Count);
    }

    private sealed record Token(string AccessToken);

    private sealed record Inspection(Guid Id, string UnitName, string Team, string Round, string Type, DateOnly OnSiteStart);

    private sealed record TaskRow(Guid Id, string State);
}
