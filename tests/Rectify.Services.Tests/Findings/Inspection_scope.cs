using System.Net;
using System.Net.Http.Json;

namespace Rectify.Services.Tests.Findings;

/// <summary>Inspections are scoped by the unit replica: out of scope is absent, a coordinator reads but does not write.</summary>
public sealed class Inspection_scope : IDisposable
{
    private readonly FindingsHost _host = new();

    [Fact]
    public async Task Out_of_scope_callers_get_404_on_reads_and_every_write()
    {
        var (id, finding, _) = await InspectionWithAFindingAsync();
        var stranger = _host.As("inspection_office|j:/p/xm/");

        Assert.Empty((await stranger.GetFromJsonAsync<List<Summary>>("/api/findings/inspections"))!);
        foreach (var response in await EveryCallAsync(stranger, id, finding))
            Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task A_coordinator_reads_but_gets_403_on_writes()
    {
        var (id, finding, unit) = await InspectionWithAFindingAsync();
        var coordinator = _host.As($"unit_coordinator|u:{unit}");

        Assert.Equal([id], (await coordinator.GetFromJsonAsync<List<Summary>>("/api/findings/inspections"))!.Select(s => s.Id));
        var calls = await EveryCallAsync(coordinator, id, finding);
        Assert.Equal(HttpStatusCode.OK, calls[0].StatusCode);
        foreach (var response in calls.Skip(1))
            Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden,
            (await coordinator.PostAsJsonAsync("/api/findings/inspections", FindingsHost.Inspection(unit))).StatusCode);
    }

    private async Task<(Guid Inspection, Guid Finding, Guid Unit)> InspectionWithAFindingAsync()
    {
        var unit = await _host.UnitAsync("县科技局党组", "/p/fz/tj/");
        var office = _host.As(FindingsHost.FuzhouOffice);
        var id = await FindingsHost.CreatedIdAsync(await office.PostAsJsonAsync("/api/findings/inspections", FindingsHost.Inspection(unit)));
        var finding = await FindingsHost.CreatedIdAsync(await office.PostAsJsonAsync($"/api/findings/inspections/{id}/findings",
            new { level = 1, ordinal = "一", title = "政治建设方面" }));
        return (id, finding, unit);
    }

    private static async Task<List<HttpResponseMessage>> EveryCallAsync(HttpClient client, Guid id, Guid finding) =>
    [
        await client.GetAsync($"/api/findings/inspections/{id}"),
        await client.PostAsJsonAsync($"/api/findings/inspections/{id}/feedback", new { feedbackOn = "2026-06-18" }),
        await client.PostAsJsonAsync($"/api/findings/inspections/{id}/findings", new { level = 1, ordinal = "二", title = "作风建设方面" }),
        await client.PutAsJsonAsync($"/api/findings/inspections/{id}/findings/{finding}", new { ordinal = "一", title = "改过的方面" }),
        await client.DeleteAsync($"/api/findings/inspections/{id}/findings/{finding}"),
    ];

    private sealed record Summary(Guid Id);

    public void Dispose() => _host.Dispose();
}
