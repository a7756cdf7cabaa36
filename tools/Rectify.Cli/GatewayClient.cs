using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;

namespace Rectify.Cli;

/// <summary>Signs in once and calls the API through the gateway.</summary>
public sealed class GatewayClient(HttpClient http, CliOptions options)
{
    public sealed record Unit(Guid Id, string Name, string ShortName, string Kind, long Version);

    private sealed record Token(string AccessToken);

    public async Task<(HttpStatusCode Status, JsonElement Body)> ReadinessAsync(CancellationToken ct)
    {
        using var response = await http.GetAsync("/health/ready", ct);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>(ct);
        return (response.StatusCode, body);
    }

    public async Task<List<Unit>> UnitsAsync(CancellationToken ct)
    {
        await SignInAsync(ct);
        return await http.GetFromJsonAsync<List<Unit>>("/api/units", ct) ?? [];
    }

    private async Task SignInAsync(CancellationToken ct)
    {
        if (http.DefaultRequestHeaders.Authorization is not null)
            return;
        if (string.IsNullOrEmpty(options.Password))
            throw new CliException("a password is needed: --password or RECTIFY_PASSWORD");
        using var response = await http.PostAsJsonAsync("/api/auth/token", new { username = options.User, password = options.Password }, ct);
        if (response.StatusCode == HttpStatusCode.Unauthorized)
            throw new CliException("sign-in refused: wrong user name or password, or the account is locked");
        response.EnsureSuccessStatusCode();
        var token = await response.Content.ReadFromJsonAsync<Token>(ct) ?? throw new CliException("sign-in returned no token");
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token.AccessToken);
    }
}

public sealed class CliException(string message) : Exception(message);
