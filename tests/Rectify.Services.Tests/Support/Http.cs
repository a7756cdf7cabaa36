using System.Net.Http.Headers;
using System.Net.Http.Json;

namespace Rectify.Services.Tests.Support;

public static class Http
{
    public sealed record Token(string AccessToken, DateTimeOffset ExpiresAt);

    public static async Task<HttpClient> SignedInAsync(this HttpClient client, string user = "admin", string? password = null)
    {
        var response = await client.PostAsJsonAsync("/api/auth/token",
            new { username = user, password = password ?? TestAccounts.AdminPassword });
        response.EnsureSuccessStatusCode();
        var token = await response.Content.ReadFromJsonAsync<Token>();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token!.AccessToken);
        return client;
    }
}
