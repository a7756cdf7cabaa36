using System.Net;
using System.Net.Http.Json;
using Rectify.Services.Tests.Support;
using Rectify.Units;

namespace Rectify.Services.Tests.Units;

public sealed class Signing_in : IDisposable
{
    private readonly ServiceFactory<Program> _units = new();

    [Fact]
    public async Task Returns_a_token_for_the_right_password()
    {
        var response = await _units.CreateClient().PostAsJsonAsync("/api/auth/token", new { username = "admin", password = TestAccounts.AdminPassword });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var token = await response.Content.ReadFromJsonAsync<Http.Token>();
        Assert.Equal(3, token!.AccessToken.Split('.').Length);
        Assert.True(token.ExpiresAt > DateTimeOffset.UtcNow);
    }

    [Fact]
    public async Task Refuses_a_wrong_password_and_an_unknown_user_alike()
    {
        var client = _units.CreateClient();

        var wrongPassword = await client.PostAsJsonAsync("/api/auth/token", new { username = "admin", password = "nope" });
        var unknownUser = await client.PostAsJsonAsync("/api/auth/token", new { username = "nobody", password = "nope" });

        Assert.Equal(HttpStatusCode.Unauthorized, wrongPassword.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, unknownUser.StatusCode);
        Assert.Equal(await Title(wrongPassword), await Title(unknownUser));
    }

    [Fact]
    public async Task Locks_the_account_after_five_failures()
    {
        var client = _units.CreateClient();
        for (var i = 0; i < 5; i++)
            await client.PostAsJsonAsync("/api/auth/token", new { username = "admin", password = "wrong" });

        var rightPassword = await client.PostAsJsonAsync("/api/auth/token", new { username = "admin", password = TestAccounts.AdminPassword });

        Assert.Equal(HttpStatusCode.Unauthorized, rightPassword.StatusCode);
    }

    [Fact]
    public async Task Without_a_body_field_names_it()
    {
        var response = await _units.CreateClient().PostAsJsonAsync("/api/auth/token", new { username = "admin" });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("\"password\"", await response.Content.ReadAsStringAsync());
    }

    private static async Task<string?> Title(HttpResponseMessage response) =>
        (await response.Content.ReadFromJsonAsync<Microsoft.AspNetCore.Mvc.ProblemDetails>())?.Title;

    public void Dispose() => _units.Dispose();
}
