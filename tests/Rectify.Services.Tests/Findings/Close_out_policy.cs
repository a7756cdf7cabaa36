using System.Net;
using System.Net.Http.Json;
using Rectify.Contracts.Findings;

namespace Rectify.Services.Tests.Findings;

/// <summary>The inspection office sets the close-out policy (对账销号) at registration or later; tasks learn it by event.</summary>
public sealed class Close_out_policy : IDisposable
{
    private readonly FindingsHost _host = new();

    [Fact]
    public async Task Set_at_registration_it_is_shown_and_published()
    {
        var unit = await _host.UnitAsync("县文旅局党组", "/p/fz/wl/");
        var office = _host.As(FindingsHost.FuzhouOffice);
        var body = new
        {
            unitId = unit, kind = "xuncha", issuer = "市委", team = "市委第三巡察组", round = "十三届市委第一轮", type = "常规",
            onSiteStart = "2026-03-02", onSiteEnd = "2026-04-30", closeOutLevels = 2,
        };

        var id = await FindingsHost.CreatedIdAsync(await office.PostAsJsonAsync("/api/findings/inspections", body));

        Assert.Equal(2, (await office.GetFromJsonAsync<Policy>($"/api/findings/inspections/{id}"))!.CloseOutLevels);
        var set = Assert.Single(await _host.PublishedAsync<InspectionCloseOutPolicySet>(p => p.Any(e => e.InspectionId == id)));
        Assert.Equal((2, 0), (set.Levels, set.OfficeReviewedFindingIds.Count));
    }

    [Fact]
    public async Task The_office_changes_it_later_naming_findings_of_the_inspection_only_and_a_coordinator_cannot()
    {
        var (office, id) = await _host.InspectionAsync("县档案局党组", "/p/fz/da/");
        var (_, other) = await _host.InspectionAsync("县气象局党组", "/p/fz/qx/");
        var key = await FindingsHost.RecordAsync(office, id, null, 1, "一", "落实意识形态工作责任制不到位");
        var foreign = await FindingsHost.RecordAsync(office, other, null, 1, "一", "别的巡察的问题");
        var unit = (await office.GetFromJsonAsync<Policy>($"/api/findings/inspections/{id}"))!.UnitId;

        var byCoordinator = await _host.As($"unit_coordinator|u:{unit}").PutAsJsonAsync($"/api/findings/inspections/{id}/close-out-policy", new { closeOutLevels = 1 });
        var wrongFinding = await office.PutAsJsonAsync($"/api/findings/inspections/{id}/close-out-policy",
            new { closeOutLevels = 1, officeReviewedFindingIds = new[] { key, foreign } });
        var badLevel = await office.PutAsJsonAsync($"/api/findings/inspections/{id}/close-out-policy", new { closeOutLevels = 3 });
        var set = await office.PutAsJsonAsync($"/api/findings/inspections/{id}/close-out-policy", new { closeOutLevels = 1, officeReviewedFindingIds = new[] { key } });

        Assert.Equal(HttpStatusCode.Forbidden, byCoordinator.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, wrongFinding.StatusCode);
        Assert.Contains("officeReviewedFindingIds[1]", await wrongFinding.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.BadRequest, badLevel.StatusCode);
        Assert.Equal(HttpStatusCode.OK, set.StatusCode);
        var shown = (await set.Content.ReadFromJsonAsync<Policy>())!;
        Assert.Equal((1, key), (shown.CloseOutLevels, Assert.Single(shown.OfficeReviewedFindingIds!)));
        var published = Assert.Single(await _host.PublishedAsync<InspectionCloseOutPolicySet>(p => p.Any(e => e.InspectionId == id)));
        Assert.Equal((1, key), (published.Levels, Assert.Single(published.OfficeReviewedFindingIds)));
    }

    public void Dispose() => _host.Dispose();

    private sealed record Policy(Guid UnitId, int? CloseOutLevels, List<Guid>? OfficeReviewedFindingIds);
}
