using System.Net;
using System.Net.Http.Json;
using Rectify.Contracts.Findings;

namespace Rectify.Services.Tests.Findings;

public sealed class Clues_and_recommendations : IDisposable
{
    private readonly FindingsHost _host = new();

    [Fact]
    public async Task Only_the_discipline_liaison_sees_clues_everyone_else_sees_the_count()
    {
        var (office, id) = await _host.InspectionAsync("县住建局党组", "/p/fz/zj/");
        var unit = (await office.GetFromJsonAsync<Detail>($"/api/findings/inspections/{id}"))!.UnitId;
        var liaison = _host.As($"discipline_liaison|u:{unit}");
        var otherLiaison = _host.As($"discipline_liaison|u:{Guid.NewGuid()}");
        var admin = _host.As("admin|*");
        var clue = new { summary = "某股室负责人涉嫌违规收受礼金", handedTo = "县纪委监委", handedOverOn = "2026-04-30", status = "handed_over" };

        var byOffice = await office.PostAsJsonAsync($"/api/findings/inspections/{id}/clues", clue);
        var added = await liaison.PostAsJsonAsync($"/api/findings/inspections/{id}/clues", clue);

        Assert.Equal(HttpStatusCode.Forbidden, byOffice.StatusCode);
        Assert.Equal(HttpStatusCode.Created, added.StatusCode);
        Assert.Single((await liaison.GetFromJsonAsync<List<ClueItem>>($"/api/findings/inspections/{id}/clues"))!);
        Assert.Equal(HttpStatusCode.Forbidden, (await office.GetAsync($"/api/findings/inspections/{id}/clues")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await admin.GetAsync($"/api/findings/inspections/{id}/clues")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await otherLiaison.GetAsync($"/api/findings/inspections/{id}/clues")).StatusCode);
        var detail = await office.GetStringAsync($"/api/findings/inspections/{id}");
        Assert.Contains("\"clueCount\":1", detail);
        Assert.DoesNotContain("礼金", detail);
        var counted = await _host.PublishedAsync<CluesCounted>(p => p.Count > 0);
        Assert.Equal(1, Assert.Single(counted).Count);
        Assert.DoesNotContain("礼金", System.Text.Json.JsonSerializer.Serialize(counted));
    }

    [Fact]
    public async Task Withdrawing_a_clue_lowers_the_count_and_a_bad_clue_is_a_400_naming_the_field()
    {
        var (office, id) = await _host.InspectionAsync("县交通局党组", "/p/fz/jt/");
        var unit = (await office.GetFromJsonAsync<Detail>($"/api/findings/inspections/{id}"))!.UnitId;
        var liaison = _host.As($"discipline_liaison|u:{unit}");
        var created = await liaison.PostAsJsonAsync($"/api/findings/inspections/{id}/clues",
            new { summary = "工程款拨付问题线索", handedTo = "县纪委监委", handedOverOn = "2026-04-30", status = "handling" });
        var clueId = (await created.Content.ReadFromJsonAsync<ClueItem>())!.Id;

        var early = await liaison.PostAsJsonAsync($"/api/findings/inspections/{id}/clues",
            new { summary = "进驻前的线索", handedTo = "县纪委监委", handedOverOn = "2026-01-01", status = "handling" });
        var badStatus = await liaison.PostAsJsonAsync($"/api/findings/inspections/{id}/clues",
            new { summary = "状态错误的线索", handedTo = "县纪委监委", handedOverOn = "2026-04-30", status = "lost" });
        var withdrawn = await liaison.DeleteAsync($"/api/findings/inspections/{id}/clues/{clueId}");

        Assert.Contains("handedOverOn", await early.Content.ReadAsStringAsync());
        Assert.Contains("status", await badStatus.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.NoContent, withdrawn.StatusCode);
        Assert.Contains("\"clueCount\":0", await office.GetStringAsync($"/api/findings/inspections/{id}"));
        var counts = await _host.PublishedAsync<CluesCounted>(p => p.Count == 2);
        Assert.Equal([1, 0], counts.OrderBy(c => c.Meta.Version).Select(c => c.Count));
    }

    [Fact]
    public async Task Recommendations_are_kept_in_order_by_the_office_and_read_by_the_unit()
    {
        var (office, id) = await _host.InspectionAsync("县卫健委党组", "/p/fz/wj/");
        var unit = (await office.GetFromJsonAsync<Detail>($"/api/findings/inspections/{id}"))!.UnitId;
        var coordinator = _host.As($"unit_coordinator|u:{unit}");

        await office.PostAsJsonAsync($"/api/findings/inspections/{id}/recommendations", new { text = "强化党组主体责任" });
        var second = await office.PostAsJsonAsync($"/api/findings/inspections/{id}/recommendations", new { text = "健全内控制度" });
        var byUnit = await coordinator.PostAsJsonAsync($"/api/findings/inspections/{id}/recommendations", new { text = "单位自己加的建议" });
        var secondId = (await second.Content.ReadFromJsonAsync<Item>())!.Id;
        await office.PutAsJsonAsync($"/api/findings/inspections/{id}/recommendations/{secondId}", new { text = "健全完善内部控制制度" });

        Assert.Equal(HttpStatusCode.Forbidden, byUnit.StatusCode);
        var detail = (await coordinator.GetFromJsonAsync<Detail>($"/api/findings/inspections/{id}"))!;
        Assert.Equal(["强化党组主体责任", "健全完善内部控制制度"], detail.Recommendations.Select(r => r.Text));
    }

    private sealed record Detail(Guid UnitId, int ClueCount, List<Item> Recommendations);

    private sealed record Item(Guid Id, int Position, string Text);

    private sealed record ClueItem(Guid Id, string Summary, string Status, long Version);

    public void Dispose() => _host.Dispose();
}
