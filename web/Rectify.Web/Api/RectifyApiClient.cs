using System.Net;
using System.Net.Http.Json;

namespace Rectify.Web.Api;

/// <summary>Typed client for the gateway (base address from Gateway:BaseUrl).</summary>
public sealed class RectifyApiClient(HttpClient http)
{
    /// <summary>POST api/auth/token; null when the gateway says the credentials are wrong.</summary>
    public async Task<TokenGrant?> RequestTokenAsync(string username, string password, CancellationToken cancellationToken = default)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "api/auth/token")
        {
            Content = Json(new { username, password }),
        };
        request.Options.Set(AccessTokenHandler.Anonymous, true);
        using var response = await SendAsync(request, cancellationToken, unauthorizedIsError: false);

        // 400 (malformed credentials) is reported exactly like 401 so the page reveals nothing more.
        if (response.StatusCode is HttpStatusCode.Unauthorized or HttpStatusCode.BadRequest)
        {
            return null;
        }

        await EnsureSuccessAsync(response);
        return await ReadAsync<TokenGrant>(response, cancellationToken);
    }

    /// <summary>GET api/units.</summary>
    public async Task<IReadOnlyList<UnitSummary>> GetUnitsAsync(CancellationToken cancellationToken = default)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "api/units");
        using var response = await SendAsync(request, cancellationToken);
        await EnsureSuccessAsync(response);
        return await ReadAsync<List<UnitSummary>>(response, cancellationToken);
    }

    /// <summary>POST api/units; null when created, otherwise the 400 problem with its field errors.</summary>
    public async Task<ApiValidationProblem?> RegisterUnitAsync(NewUnit unit, CancellationToken cancellationToken = default)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "api/units") { Content = Json(unit) };
        using var response = await SendAsync(request, cancellationToken);
        if (response.StatusCode == HttpStatusCode.BadRequest)
        {
            return await ReadProblemAsync(response, cancellationToken);
        }

        await EnsureSuccessAsync(response);
        return null;
    }

    /// <summary>GET api/reports/units/count.</summary>
    public async Task<int> GetUnitCountAsync(CancellationToken cancellationToken = default)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "api/reports/units/count");
        using var response = await SendAsync(request, cancellationToken);
        await EnsureSuccessAsync(response);
        return (await ReadAsync<UnitCount>(response, cancellationToken)).Units;
    }

    // Small bodies are sent with a Content-Length rather than chunked; some proxies and test servers need it.
    private static ByteArrayContent Json<T>(T value)
    {
        var content = new ByteArrayContent(System.Text.Json.JsonSerializer.SerializeToUtf8Bytes(value, JsonOptions));
        content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/json") { CharSet = "utf-8" };
        return content;
    }

    private static readonly System.Text.Json.JsonSerializerOptions JsonOptions = new(System.Text.Json.JsonSerializerDefaults.Web);

    private async Task<HttpResponseMessage> SendAsync(
        HttpRequestMessage request, CancellationToken cancellationToken, bool unauthorizedIsError = true)
    {
        HttpResponseMessage response;
        try
        {
            response = await http.SendAsync(request, cancellationToken);
        }
        catch (Exception e) when (e is HttpRequestException || (e is TaskCanceledException && !cancellationToken.IsCancellationRequested))
        {
            throw new ApiFailedException($"{request.Method} {request.RequestUri} failed: {e.Message}", inner: e);
        }

        if (unauthorizedIsError && response.StatusCode == HttpStatusCode.Unauthorized)
        {
            response.Dispose();
            throw new ApiUnauthorizedException();
        }

        return response;
    }

    private static Task EnsureSuccessAsync(HttpResponseMessage response) =>
        response.IsSuccessStatusCode
            ? Task.CompletedTask
            : throw new ApiFailedException(
                $"{response.RequestMessage?.Method} {response.RequestMessage?.RequestUri} answered {(int)response.StatusCode}.",
                response.StatusCode);

    private static async Task<T> ReadAsync<T>(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        try
        {
            return await response.Content.ReadFromJsonAsync<T>(cancellationToken)
                ?? throw new ApiFailedException($"{response.RequestMessage?.RequestUri} answered an empty body.");
        }
        catch (System.Text.Json.JsonException e)
        {
            throw new ApiFailedException($"{response.RequestMessage?.RequestUri} answered unreadable JSON.", inner: e);
        }
    }

    private static async Task<ApiValidationProblem> ReadProblemAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        ProblemBody? body = null;
        try
        {
            body = await response.Content.ReadFromJsonAsync<ProblemBody>(cancellationToken);
        }
        catch (System.Text.Json.JsonException)
        {
            // A 400 without a readable problem body still means "rejected"; it just has no field errors.
        }

        var errors = new Dictionary<string, string[]>(body?.Errors ?? [], StringComparer.OrdinalIgnoreCase);
        return new ApiValidationProblem(body?.Detail ?? body?.Title, errors);
    }

    private sealed record ProblemBody(string? Title, string? Detail, Dictionary<string, string[]>? Errors);
}
