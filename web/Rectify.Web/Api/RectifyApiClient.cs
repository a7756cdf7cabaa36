using System.Net;
using System.Net.Http.Json;

namespace Rectify.Web.Api;

/// <summary>Typed client for the gateway (base address from Gateway:BaseUrl).</summary>
public sealed partial class RectifyApiClient(HttpClient http)
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

    /// <summary>POST api/auth/signout with the user's token: every token of the account stops working.</summary>
    public async Task RevokeTokensAsync(CancellationToken cancellationToken = default)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "api/auth/signout");
        using var response = await SendAsync(request, cancellationToken, unauthorizedIsError: false);
        // 401: the token was already revoked or expired, which is what signing out wants.
        if (response.StatusCode != HttpStatusCode.Unauthorized)
        {
            await EnsureSuccessAsync(response);
        }
    }

    /// <summary>GET api/units.</summary>
    public Task<List<UnitSummary>> GetUnitsAsync(CancellationToken cancellationToken = default) =>
        GetAllAsync<UnitSummary>("api/units", cancellationToken);

    /// <summary>GET api/units/{id}.</summary>
    public Task<UnitSummary> GetUnitAsync(string id, CancellationToken cancellationToken = default) =>
        GetAsync<UnitSummary>($"api/units/{Segment(id)}", cancellationToken);

    /// <summary>POST api/units; null when created, otherwise the 400 problem with its field errors.</summary>
    public Task<ApiValidationProblem?> RegisterUnitAsync(NewUnit unit, CancellationToken cancellationToken = default) =>
        WriteAsync(HttpMethod.Post, "api/units", unit, cancellationToken);

    /// <summary>GET api/units/jurisdictions (the tree, ordered by path).</summary>
    public Task<List<JurisdictionSummary>> GetJurisdictionsAsync(CancellationToken cancellationToken = default) =>
        GetAsync<List<JurisdictionSummary>>("api/units/jurisdictions", cancellationToken);

    /// <summary>POST api/units/jurisdictions (administrators).</summary>
    public Task<ApiValidationProblem?> RegisterJurisdictionAsync(NewJurisdiction jurisdiction, CancellationToken cancellationToken = default) =>
        WriteAsync(HttpMethod.Post, "api/units/jurisdictions", jurisdiction, cancellationToken);

    /// <summary>GET api/units/{unitId}/departments.</summary>
    public Task<List<DepartmentSummary>> GetDepartmentsAsync(string unitId, CancellationToken cancellationToken = default) =>
        GetAsync<List<DepartmentSummary>>($"api/units/{Segment(unitId)}/departments", cancellationToken);

    /// <summary>POST api/units/{unitId}/departments.</summary>
    public Task<ApiValidationProblem?> AddDepartmentAsync(string unitId, string name, CancellationToken cancellationToken = default) =>
        WriteAsync(HttpMethod.Post, $"api/units/{Segment(unitId)}/departments", new { name }, cancellationToken);

    /// <summary>GET api/units/{unitId}/people.</summary>
    public Task<List<PersonSummary>> GetPeopleAsync(string unitId, CancellationToken cancellationToken = default) =>
        GetAllAsync<PersonSummary>($"api/units/{Segment(unitId)}/people", cancellationToken);

    /// <summary>POST api/units/{unitId}/people.</summary>
    public Task<ApiValidationProblem?> AddPersonAsync(string unitId, NewPerson person, CancellationToken cancellationToken = default) =>
        WriteAsync(HttpMethod.Post, $"api/units/{Segment(unitId)}/people", person, cancellationToken);

    /// <summary>GET api/units/people/template: the .xlsx the import reads.</summary>
    public async Task<ApiFile> GetPeopleTemplateAsync(CancellationToken cancellationToken = default)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "api/units/people/template");
        using var response = await SendAsync(request, cancellationToken);
        await EnsureSuccessAsync(response);
        var content = await response.Content.ReadAsByteArrayAsync(cancellationToken);
        var type = response.Content.Headers.ContentType?.ToString() ?? XlsxType;
        var name = response.Content.Headers.ContentDisposition?.FileNameStar
            ?? response.Content.Headers.ContentDisposition?.FileName?.Trim('"')
            ?? "people-template.xlsx";
        return new ApiFile(content, type, name);
    }

    /// <summary>POST api/units/{unitId}/people/import (multipart field "file").</summary>
    public async Task<ImportOutcome> ImportPeopleAsync(string unitId, Stream file, string fileName, CancellationToken cancellationToken = default)
    {
        using var form = new MultipartFormDataContent();
        var part = new StreamContent(file);
        part.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue(XlsxType);
        form.Add(part, "file", fileName);
        using var request = new HttpRequestMessage(HttpMethod.Post, $"api/units/{Segment(unitId)}/people/import") { Content = form };
        using var response = await SendAsync(request, cancellationToken);
        if (response.StatusCode == HttpStatusCode.BadRequest)
        {
            var (problem, rows) = await ReadProblemWithRowsAsync(response, cancellationToken);
            return new ImportOutcome(null, problem, rows);
        }

        await EnsureSuccessAsync(response);
        return new ImportOutcome(await ReadAsync<ImportResult>(response, cancellationToken), null, []);
    }

    /// <summary>GET api/units/accounts (the accounts the caller may administer).</summary>
    public Task<List<AccountSummary>> GetAccountsAsync(CancellationToken cancellationToken = default) =>
        GetAllAsync<AccountSummary>("api/units/accounts", cancellationToken);

    /// <summary>POST api/units/accounts.</summary>
    public Task<ApiValidationProblem?> CreateAccountAsync(NewAccount account, CancellationToken cancellationToken = default) =>
        WriteAsync(HttpMethod.Post, "api/units/accounts", account, cancellationToken);

    /// <summary>POST api/units/accounts/{id}/disable or /enable.</summary>
    public Task<ApiValidationProblem?> SetAccountDisabledAsync(string id, bool disabled, CancellationToken cancellationToken = default) =>
        WriteAsync<object?>(HttpMethod.Post, $"api/units/accounts/{Segment(id)}/{(disabled ? "disable" : "enable")}", null, cancellationToken);

    /// <summary>POST api/units/accounts/{id}/grants.</summary>
    public Task<ApiValidationProblem?> GrantRoleAsync(string id, NewGrant grant, CancellationToken cancellationToken = default) =>
        WriteAsync(HttpMethod.Post, $"api/units/accounts/{Segment(id)}/grants", grant, cancellationToken);

    /// <summary>DELETE api/units/accounts/{id}/grants/{grantId}.</summary>
    public Task<ApiValidationProblem?> RevokeGrantAsync(string id, string grantId, CancellationToken cancellationToken = default) =>
        WriteAsync<object?>(HttpMethod.Delete, $"api/units/accounts/{Segment(id)}/grants/{Segment(grantId)}", null, cancellationToken);

    /// <summary>GET api/units/me.</summary>
    public Task<MyProfile> GetProfileAsync(CancellationToken cancellationToken = default) =>
        GetAsync<MyProfile>("api/units/me", cancellationToken);

    /// <summary>POST api/units/me/password; 400 names currentPassword or newPassword.</summary>
    public Task<ApiValidationProblem?> ChangePasswordAsync(string currentPassword, string newPassword, CancellationToken cancellationToken = default) =>
        WriteAsync(HttpMethod.Post, "api/units/me/password", new { currentPassword, newPassword }, cancellationToken);

    /// <summary>GET api/reports/units/count.</summary>
    public async Task<int> GetUnitCountAsync(CancellationToken cancellationToken = default) =>
        (await GetAsync<UnitCount>("api/reports/units/count", cancellationToken)).Units;

    private const string XlsxType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private static string Segment(string id) => Uri.EscapeDataString(id);

    private async Task<T> GetAsync<T>(string path, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        using var response = await SendAsync(request, cancellationToken);
        await EnsureSuccessAsync(response);
        return await ReadAsync<T>(response, cancellationToken);
    }

    /// <summary>The most rows a page reads from one list: the APIs serve at most 500 a request (ListPage).</summary>
    private const int ListTake = 500;

    /// <summary>The most rows the web reads of one list before it stops following its next pages.</summary>
    internal const int ListCap = 10_000;

    /// <summary>
    /// A whole list: the first page of 500, then each page its Link rel="next" header names, up to <see cref="ListCap"/> rows.
    /// The APIs bound every request; the pages that show a whole scope read it this way.
    /// </summary>
    private async Task<List<T>> GetAllAsync<T>(string path, CancellationToken cancellationToken)
    {
        var rows = new List<T>();
        string? next = path + (path.Contains('?') ? '&' : '?') + $"take={ListTake}";
        while (next is not null && rows.Count < ListCap)
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, next);
            using var response = await SendAsync(request, cancellationToken);
            await EnsureSuccessAsync(response);
            rows.AddRange(await ReadAsync<List<T>>(response, cancellationToken));
            next = NextPage(response);
        }
        return rows;
    }

    /// <summary>The target of a response's Link rel="next" (RFC 8288), made relative to the gateway's base address.</summary>
    internal static string? NextPage(HttpResponseMessage response)
    {
        if (!response.Headers.TryGetValues("Link", out var links))
            return null;
        foreach (var link in links.SelectMany(l => l.Split(',')))
        {
            var match = System.Text.RegularExpressions.Regex.Match(link, "<([^>]+)>\\s*;\\s*rel=\"?next\"?");
            if (match.Success)
                return match.Groups[1].Value.TrimStart('/');
        }
        return null;
    }

    /// <summary>A write: null when accepted, the problem on 400; anything else unsuccessful throws (403 and 404 included).</summary>
    /// <param name="version">When given, sent as If-Match: the version the page showed.</param>
    private async Task<ApiValidationProblem?> WriteAsync<T>(HttpMethod method, string path, T body, CancellationToken cancellationToken, long? version = null)
    {
        using var request = new HttpRequestMessage(method, path) { Content = body is null ? null : Json(body) };
        if (version is { } v)
            request.Headers.IfMatch.Add(new System.Net.Http.Headers.EntityTagHeaderValue($"\"{v}\""));
        using var response = await SendAsync(request, cancellationToken);
        if (response.StatusCode == HttpStatusCode.BadRequest)
        {
            return await ReadProblemAsync(response, cancellationToken);
        }

        await EnsureSuccessAsync(response);
        return null;
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

    private static async Task EnsureSuccessAsync(HttpResponseMessage response)
    {
        if (response.IsSuccessStatusCode)
        {
            return;
        }

        var conflict = response.StatusCode is HttpStatusCode.Conflict or HttpStatusCode.PreconditionFailed ? await ReadConflictAsync(response) : null;
        throw new ApiFailedException(
            $"{response.RequestMessage?.Method} {response.RequestMessage?.RequestUri} answered {(int)response.StatusCode}.",
            response.StatusCode, conflict: conflict);
    }

    /// <summary>The 409/412 problem's changedBy / changedAt / changedFields; null when the body has none of them.</summary>
    private static async Task<ApiConflict?> ReadConflictAsync(HttpResponseMessage response)
    {
        try
        {
            var body = await response.Content.ReadFromJsonAsync<ConflictBody>();
            return body is null ? null : new ApiConflict(body.ChangedBy, body.ChangedAt, body.ChangedFields ?? [], body.Detail);
        }
        catch (Exception e) when (e is System.Text.Json.JsonException or NotSupportedException)
        {
            return null;
        }
    }

    private sealed record ConflictBody(string? Detail, string? ChangedBy, DateTimeOffset? ChangedAt, List<string>? ChangedFields);

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

    private static async Task<(ApiValidationProblem Problem, List<ImportRowError> Rows)> ReadProblemWithRowsAsync(
        HttpResponseMessage response, CancellationToken cancellationToken)
    {
        ProblemBody? body = null;
        try
        {
            body = await response.Content.ReadFromJsonAsync<ProblemBody>(cancellationToken);
        }
        catch (System.Text.Json.JsonException)
        {
        }

        var errors = new Dictionary<string, string[]>(body?.Errors ?? [], StringComparer.OrdinalIgnoreCase);
        return (new ApiValidationProblem(body?.Detail ?? body?.Title, errors), body?.Rows ?? []);
    }

    private sealed record ProblemBody(string? Title, string? Detail, Dictionary<string, string[]>? Errors, List<ImportRowError>? Rows = null);
}
