using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Rectify.Services.Tests.Support;

namespace Rectify.Services.Tests.Units;

public sealed class Unit_scope : IAsyncLifetime
{
    private ScopedDirectory _dir = null!;

    private sealed record Case(string Method, string Template, string Path, object? Body, HttpStatusCode Expected);

    /// <summary>Every endpoint that touches one unit's directory or one account, aimed at unit B.</summary>
    private IEnumerable<Case> CasesAgainstUnitB()
    {
        var b = _dir.UnitB;
        var person = new { name = "李四", position = "科员" };
        var unit = new { name = "中共厦门市水利局党组", shortName = "改名", kind = "党组", jurisdictionId = _dir.Xiamen };
        // Out of scope reads as absent (404); placing things into B's jurisdiction is refused (403).
        yield return new("GET", "/api/units/{id:guid}", $"/api/units/{b}", null, HttpStatusCode.NotFound);
        yield return new("PUT", "/api/units/{id:guid}", $"/api/units/{b}", unit, HttpStatusCode.NotFound);
        yield return new("POST", "/api/units/", "/api/units", unit with { }, HttpStatusCode.Forbidden);
        yield return new("PUT", "/api/units/{id:guid}/first-responsible-person/", $"/api/units/{b}/first-responsible-person", new { personId = _dir.PersonB }, HttpStatusCode.NotFound);
        yield return new("GET", "/api/units/{unitId:guid}/departments/", $"/api/units/{b}/departments", null, HttpStatusCode.NotFound);
        yield return new("POST", "/api/units/{unitId:guid}/departments/", $"/api/units/{b}/departments", new { name = "财务股" }, HttpStatusCode.NotFound);
        yield return new("PUT", "/api/units/{unitId:guid}/departments/{id:guid}", $"/api/units/{b}/departments/{_dir.DepartmentB}", new { name = "综合股" }, HttpStatusCode.NotFound);
        yield return new("GET", "/api/units/{unitId:guid}/people/", $"/api/units/{b}/people", null, HttpStatusCode.NotFound);
        yield return new("GET", "/api/units/{unitId:guid}/people/{id:guid}", $"/api/units/{b}/people/{_dir.PersonB}", null, HttpStatusCode.NotFound);
        yield return new("POST", "/api/units/{unitId:guid}/people/", $"/api/units/{b}/people", person, HttpStatusCode.NotFound);
        yield return new("PUT", "/api/units/{unitId:guid}/people/{id:guid}", $"/api/units/{b}/people/{_dir.PersonB}", person, HttpStatusCode.NotFound);
        yield return new("POST", "/api/units/{unitId:guid}/people/import", $"/api/units/{b}/people/import", null, HttpStatusCode.NotFound);
        var account = _dir.CoordinatorBAccount;
        yield return new("GET", "/api/units/accounts/{id:guid}", $"/api/units/accounts/{account}", null, HttpStatusCode.NotFound);
        yield return new("POST", "/api/units/accounts/", "/api/units/accounts",
            new { userName = "intruder", displayName = "闯入者", password = "Pass-word-123", grants = new[] { new { role = "viewer", unitId = b } } }, HttpStatusCode.Forbidden);
        yield return new("POST", "/api/units/accounts/{id:guid}/grants", $"/api/units/accounts/{account}/grants", new { role = "viewer", unitId = b }, HttpStatusCode.NotFound);
        yield return new("DELETE", "/api/units/accounts/{id:guid}/grants/{grantId:guid}", $"/api/units/accounts/{account}/grants/{Guid.NewGuid()}", null, HttpStatusCode.NotFound);
        yield return new("POST", "/api/units/accounts/{id:guid}/disable", $"/api/units/accounts/{account}/disable", null, HttpStatusCode.NotFound);
        yield return new("POST", "/api/units/accounts/{id:guid}/enable", $"/api/units/accounts/{account}/enable", null, HttpStatusCode.NotFound);
        yield return new("POST", "/api/units/accounts/{id:guid}/password", $"/api/units/accounts/{account}/password", new { newPassword = "Other-pass-456" }, HttpStatusCode.NotFound);
    }

    /// <summary>Endpoints that act on no single unit or account: lists filtered by scope, the caller's own profile, the shared tree.</summary>
    private static readonly string[] NotAimedAtOneUnit =
    [
        "GET /api/units/", "GET /api/units/accounts/", "GET /api/units/jurisdictions/", "POST /api/units/jurisdictions/",
        "PUT /api/units/jurisdictions/{id:guid}", "GET /api/units/me/", "POST /api/units/me/password", "GET /api/units/people/template",
    ];

    [Fact]
    public async Task A_coordinator_of_unit_A_can_neither_read_nor_change_unit_B_on_any_endpoint()
    {
        foreach (var c in CasesAgainstUnitB())
        {
            var request = new HttpRequestMessage(new HttpMethod(c.Method), c.Path) { Content = c.Body is null ? null : JsonContent.Create(c.Body) };
            var response = await _dir.CoordinatorA.SendAsync(request);
            Assert.True(c.Expected == response.StatusCode, $"{c.Method} {c.Path}: expected {c.Expected}, got {response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        }

        var people = await _dir.Admin.GetFromJsonAsync<List<PersonView>>($"/api/units/{_dir.UnitB}/people");
        Assert.Equal(["张三"], people!.Select(p => p.Name));
        var departments = await _dir.Admin.GetFromJsonAsync<List<PersonView>>($"/api/units/{_dir.UnitB}/departments");
        Assert.Equal(["办公室"], departments!.Select(d => d.Name));
        var unitB = await _dir.Admin.GetFromJsonAsync<UnitView>($"/api/units/{_dir.UnitB}");
        Assert.Equal("厦门市水利局", unitB!.ShortName);
        Assert.Equal(HttpStatusCode.OK, (await _dir.Units.CreateClient().PostAsJsonAsync("/api/auth/token", new { username = "coord-b", password = "Pass-word-123" })).StatusCode);
    }

    [Fact]
    public void The_cases_cover_every_endpoint_aimed_at_one_unit_or_account()
    {
        var covered = CasesAgainstUnitB().Select(c => $"{c.Method} {c.Template}").Concat(NotAimedAtOneUnit).ToHashSet();
        var endpoints = _dir.Units.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText!.StartsWith("/api/units") && !e.RoutePattern.RawText.EndsWith("openapi.json"))
            .SelectMany(e => (e.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? []).Select(m => $"{m} {e.RoutePattern.RawText}"));

        var uncovered = endpoints.Where(e => !covered.Contains(e)).ToList();
        Assert.True(uncovered.Count == 0, "Classify these in Unit_scope: " + string.Join(", ", uncovered));
    }

    [Fact]
    public async Task Inspection_office_staff_see_exactly_their_subtree()
    {
        var units = await _dir.OfficeFuzhou.GetFromJsonAsync<List<UnitView>>("/api/units");

        Assert.Equal(new[] { _dir.UnitA, _dir.UnitFuzhou }.Order(), units!.Select(u => u.Id).Order());
        Assert.Equal(HttpStatusCode.OK, (await _dir.OfficeFuzhou.GetAsync($"/api/units/{_dir.UnitA}/people")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await _dir.OfficeFuzhou.GetAsync($"/api/units/{_dir.UnitB}/people")).StatusCode);
    }

    [Fact]
    public async Task A_coordinator_sees_only_their_unit_and_staffs_it_within_limits()
    {
        var units = await _dir.CoordinatorA.GetFromJsonAsync<List<UnitView>>("/api/units");
        var person = await _dir.CoordinatorA.PostAsJsonAsync($"/api/units/{_dir.UnitA}/people", new { name = "王五", position = "副局长" });
        var responsible = await _dir.CoordinatorA.PostAsJsonAsync("/api/units/accounts",
            new { userName = "wangwu", displayName = "王五", password = "Pass-word-123", grants = new[] { new { role = "responsible_person", unitId = _dir.UnitA } } });
        var coordinator = await _dir.CoordinatorA.PostAsJsonAsync("/api/units/accounts",
            new { userName = "second-coord", displayName = "第二协调人", password = "Pass-word-123", grants = new[] { new { role = "unit_coordinator", unitId = _dir.UnitA } } });

        Assert.Equal([_dir.UnitA], units!.Select(u => u.Id));
        Assert.Equal(HttpStatusCode.Created, person.StatusCode);
        Assert.Equal(HttpStatusCode.Created, responsible.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, coordinator.StatusCode);
    }

    [Fact]
    public async Task A_disabled_account_cannot_sign_in_until_enabled_again()
    {
        var anonymous = _dir.Units.CreateClient();
        var signIn = new { username = "coord-b", password = "Pass-word-123" };

        await _dir.Admin.PostAsync($"/api/units/accounts/{_dir.CoordinatorBAccount}/disable", null);
        var whileDisabled = await anonymous.PostAsJsonAsync("/api/auth/token", signIn);
        await _dir.Admin.PostAsync($"/api/units/accounts/{_dir.CoordinatorBAccount}/enable", null);
        var afterEnabling = await anonymous.PostAsJsonAsync("/api/auth/token", signIn);

        Assert.Equal(HttpStatusCode.Unauthorized, whileDisabled.StatusCode);
        Assert.Equal(HttpStatusCode.OK, afterEnabling.StatusCode);
    }

    [Fact]
    public async Task Changing_ones_password_needs_the_current_one_and_never_echoes_either()
    {
        var wrong = await _dir.CoordinatorA.PostAsJsonAsync("/api/units/me/password", new { currentPassword = "nope", newPassword = "New-pass-7890" });
        var right = await _dir.CoordinatorA.PostAsJsonAsync("/api/units/me/password", new { currentPassword = "Pass-word-123", newPassword = "New-pass-7890" });
        var signIn = await _dir.Units.CreateClient().PostAsJsonAsync("/api/auth/token", new { username = "coord-a", password = "New-pass-7890" });

        Assert.Equal(HttpStatusCode.BadRequest, wrong.StatusCode);
        var body = await wrong.Content.ReadAsStringAsync();
        Assert.Contains("currentPassword", body);
        Assert.DoesNotContain("New-pass-7890", body);
        Assert.Equal(HttpStatusCode.NoContent, right.StatusCode);
        Assert.Equal(HttpStatusCode.OK, signIn.StatusCode);
        Assert.DoesNotContain("password", await (await _dir.Admin.GetAsync("/api/units/accounts")).Content.ReadAsStringAsync(), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task The_profile_lists_ones_own_grants()
    {
        var me = await _dir.OfficeFuzhou.GetFromJsonAsync<ProfileView>("/api/units/me");

        Assert.Equal("office-fz", me!.UserName);
        Assert.Equal([("inspection_office", _dir.Fuzhou)], me.Grants.Select(g => (g.Role, g.JurisdictionId!.Value)));
    }

    private sealed record PersonView(Guid Id, string Name);
    private sealed record UnitView(Guid Id, string Name, string ShortName);
    private sealed record GrantView(string Role, Guid? UnitId, Guid? JurisdictionId);
    private sealed record ProfileView(string UserName, List<GrantView> Grants);

    public async Task InitializeAsync() => _dir = await new ScopedDirectory().BuildAsync();

    public async Task DisposeAsync() => await _dir.DisposeAsync();
}
