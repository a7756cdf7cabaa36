using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Rectify.Contracts.Findings;

namespace Rectify.Services.Tests.Findings;

public sealed class Registering_inspections : IDisposable
{
    private readonly FindingsHost _host = new();

    [Fact]
    public async Task The_inspection_office_registers_one_and_it_is_published()
    {
        var unit = await _host.UnitAsync("县科技局党组", "/p/fz/tj/");
        var office = _host.As(FindingsHost.FuzhouOffice);

        var response = await office.PostAsJsonAsync("/api/findings/inspections", FindingsHost.Inspection(unit));

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var id = await FindingsHost.CreatedIdAsync(response);
        var published = (await _host.PublishedAsync<InspectionRegistered>(p => p.Count > 0)).Single();
        Assert.Equal(id, published.InspectionId);
        Assert.Equal(unit, published.UnitId);
        Assert.Equal("市委第三巡察组", published.Team);
        Assert.Equal(new DateOnly(2026, 3, 2), published.OnSiteStart);
        Assert.Equal($"inspection:{id}", published.AggregateKey);
        var listed = await office.GetFromJsonAsync<List<Summary>>("/api/findings/inspections");
        Assert.Equal([id], listed!.Select(i => i.Id));
        Assert.Equal("registered", listed![0].Status);
        Assert.Equal("县科技局党组", listed[0].UnitName);
    }

    [Fact]
    public async Task For_an_unknown_unit_is_a_400_naming_unitId_and_writes_nothing()
    {
        await _host.UnitAsync("县科技局党组", "/p/fz/tj/");
        var office = _host.As(FindingsHost.FuzhouOffice);

        var response = await office.PostAsJsonAsync("/api/findings/inspections", FindingsHost.Inspection(Guid.NewGuid()));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<HttpValidationProblemDetails>();
        Assert.Contains("unitId", problem!.Errors.Keys);
        Assert.Equal(0, await _host.Db(db => db.Inspections.CountAsync()));
        Assert.Equal(0, await _host.Db(db => db.OutboxMessages.CountAsync()));
    }

    [Fact]
    public async Task With_bad_dates_or_fields_is_a_400_naming_them()
    {
        var unit = await _host.UnitAsync("县科技局党组", "/p/fz/tj/");
        var office = _host.As(FindingsHost.FuzhouOffice);

        var backwards = await office.PostAsJsonAsync("/api/findings/inspections", new
        {
            unitId = unit, kind = "xuncha", issuer = "市委", team = "市委第三巡察组", round = "十三届市委第一轮", type = "常规",
            onSiteStart = "2026-04-30", onSiteEnd = "2026-03-02",
        });
        var shapeless = await office.PostAsJsonAsync("/api/findings/inspections", new { unitId = unit, kind = "audit", type = "随便" });

        Assert.Equal(HttpStatusCode.BadRequest, backwards.StatusCode);
        Assert.Contains("onSiteEnd", (await backwards.Content.ReadFromJsonAsync<HttpValidationProblemDetails>())!.Errors.Keys);
        Assert.Equal(HttpStatusCode.BadRequest, shapeless.StatusCode);
        var errors = (await shapeless.Content.ReadFromJsonAsync<HttpValidationProblemDetails>())!.Errors.Keys;
        Assert.Contains("kind", errors);
        Assert.Contains("type", errors);
        Assert.Contains("team", errors);
        Assert.Equal(0, await _host.Db(db => db.Inspections.CountAsync()));
    }

    [Fact]
    public async Task Feedback_moves_the_status_and_is_published()
    {
        var unit = await _host.UnitAsync("县科技局党组", "/p/fz/tj/");
        var office = _host.As(FindingsHost.FuzhouOffice);
        var id = await FindingsHost.CreatedIdAsync(await office.PostAsJsonAsync("/api/findings/inspections", FindingsHost.Inspection(unit)));

        var response = await office.PostAsJsonAsync($"/api/findings/inspections/{id}/feedback", new { feedbackOn = "2026-06-18" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var inspection = await office.GetFromJsonAsync<Summary>($"/api/findings/inspections/{id}");
        Assert.Equal("feedback_delivered", inspection!.Status);
        Assert.Equal(new DateOnly(2026, 6, 18), inspection.FeedbackOn);
        var published = (await _host.PublishedAsync<FeedbackDelivered>(p => p.Count > 0)).Single();
        Assert.Equal(new DateOnly(2026, 6, 18), published.FeedbackOn);
        Assert.Equal(unit, published.UnitId);
        Assert.Equal(2, published.Meta.Version);
    }

    [Fact]
    public async Task Feedback_before_the_team_went_on_site_is_a_400_naming_feedbackOn()
    {
        var unit = await _host.UnitAsync("县科技局党组", "/p/fz/tj/");
        var office = _host.As(FindingsHost.FuzhouOffice);
        var id = await FindingsHost.CreatedIdAsync(await office.PostAsJsonAsync("/api/findings/inspections", FindingsHost.Inspection(unit)));

        var response = await office.PostAsJsonAsync($"/api/findings/inspections/{id}/feedback", new { feedbackOn = "2025-12-31" });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("feedbackOn", (await response.Content.ReadFromJsonAsync<HttpValidationProblemDetails>())!.Errors.Keys);
        Assert.Equal("registered", (await office.GetFromJsonAsync<Summary>($"/api/findings/inspections/{id}"))!.Status);
    }

    [Fact]
    public async Task The_list_can_be_narrowed_to_one_unit_and_an_administrator_sees_all()
    {
        var tj = await _host.UnitAsync("县科技局党组", "/p/fz/tj/");
        var xm = await _host.UnitAsync("厦门市水利局党组", "/p/xm/");
        var admin = _host.As("admin|*");
        var first = await FindingsHost.CreatedIdAsync(await admin.PostAsJsonAsync("/api/findings/inspections", FindingsHost.Inspection(tj)));
        var second = await FindingsHost.CreatedIdAsync(await admin.PostAsJsonAsync("/api/findings/inspections", FindingsHost.Inspection(xm)));

        Assert.Equal(new[] { first, second }.Order(), (await admin.GetFromJsonAsync<List<Summary>>("/api/findings/inspections"))!.Select(s => s.Id).Order());
        Assert.Equal([second], (await admin.GetFromJsonAsync<List<Summary>>($"/api/findings/inspections?unitId={xm}"))!.Select(s => s.Id));
        Assert.Equal([first], (await _host.As(FindingsHost.FuzhouOffice).GetFromJsonAsync<List<Summary>>("/api/findings/inspections"))!.Select(s => s.Id));
    }

    private sealed record Summary(Guid Id, string UnitName, string Status, DateOnly? FeedbackOn);

    public void Dispose() => _host.Dispose();
}
