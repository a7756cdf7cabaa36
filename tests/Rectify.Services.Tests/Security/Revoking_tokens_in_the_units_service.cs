using System.Net;
using System.Net.Http.Json;
using MassTransit.Testing;
using Rectify.Contracts.Units;
using Rectify.Services.Tests.Support;

namespace Rectify.Services.Tests.Security;

/// <summary>An account signed in, then changed by an administrator (or signed out): its old token stops working.</summary>
public sealed class Revoking_tokens_in_the_units_service : IAsyncLifetime
{
    private const string Password = "Pass-word-123";
    private readonly ServiceFactory<Rectify.Units.Program> _units = new();
    private HttpClient _admin = null!;
    private Guid _clerk;

    public async Task InitializeAsync()
    {
        _admin = await _units.CreateClient().SignedInAsync();
        var created = await _admin.PostAsJsonAsync("/api/units/accounts", new { userName = "clerk", displayName = "办事员", password = Password });
        created.EnsureSuccessStatusCode();
        _clerk = (await created.Content.ReadFromJsonAsync<DirectoryApi.Created>())!.Id;
    }

    [Theory]
    [InlineData("disable")]
    [InlineData("password")]
    public async Task The_old_token_is_refused_after_the_change(string change)
    {
        var clerk = await _units.CreateClient().SignedInAsync("clerk", Password);
        Assert.Equal(HttpStatusCode.OK, (await clerk.GetAsync("/api/units")).StatusCode);

        var changed = change == "disable"
            ? await _admin.PostAsync($"/api/units/accounts/{_clerk}/disable", null)
            : await _admin.PostAsJsonAsync($"/api/units/accounts/{_clerk}/password", new { newPassword = "Another-pass-456" });
        changed.EnsureSuccessStatusCode();

        Assert.Equal(HttpStatusCode.Unauthorized, (await clerk.GetAsync("/api/units")).StatusCode);
    }

    [Fact]
    public async Task Signing_out_revokes_the_token_and_a_new_sign_in_works()
    {
        var clerk = await _units.CreateClient().SignedInAsync("clerk", Password);

        var signedOut = await clerk.PostAsync("/api/auth/signout", null);
        var withOldToken = await clerk.GetAsync("/api/units");
        var again = await _units.CreateClient().SignedInAsync("clerk", Password);

        Assert.Equal(HttpStatusCode.NoContent, signedOut.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, withOldToken.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await again.GetAsync("/api/units")).StatusCode);
    }

    [Fact]
    public async Task Disabling_tells_the_other_services()
    {
        await _admin.PostAsync($"/api/units/accounts/{_clerk}/disable", null);

        var published = await Eventually.HoldsAsync(
            () => Task.FromResult(_units.Services.GetTestHarness().Published.Select<AccountTokensRevoked>().Select(p => p.Context.Message).ToList()),
            p => p.Any(e => e.AccountId == _clerk));
        var revoked = Assert.Single(published, e => e.AccountId == _clerk);
        Assert.True(revoked.Disabled);
        Assert.Equal(1, revoked.TokenVersion);
    }

    public Task DisposeAsync()
    {
        _units.Dispose();
        return Task.CompletedTask;
    }
}
