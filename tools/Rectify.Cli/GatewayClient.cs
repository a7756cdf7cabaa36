using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;

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

    /// <summary>Uploads a notice for a preview; a refusal comes back as { "error": "..." }.</summary>
    public async Task<JsonObject> PreviewImportAsync(string fileName, byte[] content, CancellationToken ct)
    {
        await SignInAsync(ct);
        using var form = new MultipartFormDataContent { { new ByteArrayContent(content), "file", fileName } };
        using var response = await http.PostAsync("/api/findings/imports", form, ct);
        return await ObjectOrErrorAsync(response, ct);
    }

    public async Task<JsonObject> CommitImportAsync(Guid importId, JsonObject overrides, CancellationToken ct)
    {
        await SignInAsync(ct);
        using var response = await http.PostAsJsonAsync($"/api/findings/imports/{importId}/commit", overrides, ct);
        return await ObjectOrErrorAsync(response, ct);
    }

    /// <summary>The body of a success; for a problem-details answer, its field errors or detail as one line.</summary>
    private static async Task<JsonObject> ObjectOrErrorAsync(HttpResponseMessage response, CancellationToken ct)
    {
        var text = await response.Content.ReadAsStringAsync(ct);
        var body = text.Length > 0 && text.TrimStart().StartsWith('{') ? JsonNode.Parse(text)!.AsObject() : new JsonObject();
        if (response.IsSuccessStatusCode)
            return body;
        var fields = body["errors"]?.AsObject().Select(e => $"{e.Key}: {string.Join(" ", e.Value!.AsArray().Select(m => m!.ToString()))}");
        var message = fields is not null ? string.Join("; ", fields) : body["detail"]?.ToString() ?? body["title"]?.ToString() ?? text;
        return new JsonObject { ["error"] = $"{(int)response.StatusCode} {message}" };
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
