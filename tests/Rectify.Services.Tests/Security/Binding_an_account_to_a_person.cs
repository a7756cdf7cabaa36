using System.Net;
using System.Net.Http.Json;
using Rectify.Services.Tests.Support;
using Rectify.Services.Tests.Units;

namespace Rectify.Services.Tests.Security;

/// <summary>
/// An account bound to a person gets that person's claim in its token, and with it their inbox and
/// reminder mutes in the notifications service. A coordinator may bind only people of a unit they manage.
/// </summary>
public sealed class Binding_an_account_to_a_person : IAsyncLifetime
{
    private readonly ScopedDirectory _dir = new();

    public async Task InitializeAsync() => await _dir.BuildAsync();

    [Fact]
    public async Task A_coordinator_cannot_bind_a_new_account_to_another_units_person_and_no_token_carries_that_person()
    {
        var response = await _dir.CoordinatorA.PostAsJsonAsync("/api/units/accounts", new
        {
            userName = "spy", displayName = "spy", password = "Pass-word-123", personId = _dir.PersonB,
            grants = new[] { new { role = "responsible_person", unitId = _dir.UnitA } },
        });
        var signIn = await _dir.Units.CreateClient().PostAsJsonAsync("/api/auth/token", new { username = "spy", password = "Pass-word-123" });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("personId", await response.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.Unauthorized, signIn.StatusCode);
    }

    [Fact]
    public async Task A_coordinator_binds_a_person_of_their_own_unit()
    {
        var personA = await _dir.Admin.PersonAsync(_dir.UnitA, "李四", "科员");

        var response = await _dir.CoordinatorA.PostAsJsonAsync("/api/units/accounts", new
        {
            userName = "li-si", displayName = "李四", password = "Pass-word-123", personId = personA,
            grants = new[] { new { role = "responsible_person", unitId = _dir.UnitA } },
        });

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
    }

    public async Task DisposeAsync() => await _dir.DisposeAsync();
}
