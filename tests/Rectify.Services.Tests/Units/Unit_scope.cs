using System.Net;
using System.Net.Http.Json;
using Rectify.Services.Tests.Support;

namespace Rectify.Services.Tests.Units;

public sealed class Unit_scope : IAsyncLifetime
{
    private ScopedDirectory _dir = null!;

    // Every endpoint aimed at unit B, against callers outside it (with nothing written), is in Authorization/Units_matrix.

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

    private sealed record UnitView(Guid Id, string Name, string ShortName);
    private sealed record GrantView(string Role, Guid? UnitId, Guid? JurisdictionId);
    private sealed record ProfileView(string UserName, List<GrantView> Grants);

    public async Task InitializeAsync() => _dir = await new ScopedDirectory().BuildAsync();

    public async Task DisposeAsync() => await _dir.DisposeAsync();
}
