using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;

namespace Rectify.Embedded;

/// <summary>
/// The living demo's way in: the public HTTP API of this very host, signed in like a user, so every
/// write goes through the services' validation, outboxes and events exactly as a person's would.
/// </summary>
internal sealed class DemoApi(Uri baseAddress, TimeProvider time) : IDisposable
{
    private readonly HttpClient http = new() { BaseAddress = baseAddress, Timeout = TimeSpan.FromSeconds(60) };

    public DemoApi As(string accessToken)
    {
        var other = new DemoApi(http.BaseAddress!, time);
        other.http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", accessToken);
        return other;
    }

    public async Task<DemoApi> SignInAsync(string userName, string password, CancellationToken ct)
    {
        var token = await SendAsync<TokenAnswer>(HttpMethod.Post, "/api/auth/token", new { username = userName, password }, null, ct);
        return As(token.AccessToken);
    }

    public Task<T> GetAsync<T>(string path, CancellationToken ct) => SendAsync<T>(HttpMethod.Get, path, null, null, ct);

    public Task<T> PostAsync<T>(string path, object? body, CancellationToken ct, string? ifMatch = null) =>
        SendAsync<T>(HttpMethod.Post, path, body, ifMatch, ct);

    public Task<T> PutAsync<T>(string path, object body, CancellationToken ct) => SendAsync<T>(HttpMethod.Put, path, body, null, ct);

    public async Task<(T Body, string? ETag)> PostWithETagAsync<T>(string path, object? body, CancellationToken ct)
    {
        using var response = await http.SendAsync(Request(HttpMethod.Post, path, body, null), ct);
        await EnsureAsync(response, path, ct);
        return ((await response.Content.ReadFromJsonAsync<T>(ct))!, response.Headers.ETag?.Tag);
    }

    public async Task UploadAsync(string path, string fileName, byte[] content, CancellationToken ct)
    {
        using var form = new MultipartFormDataContent();
        form.Add(new ByteArrayContent(content), "file", fileName);
        using var response = await http.PostAsync(path, form, ct);
        await EnsureAsync(response, path, ct);
    }

    /// <summary>
    /// Retries while the answer is 400 or 404: what one service has written reaches the next through the
    /// bus, so a person or an inspection is briefly unknown there. Any other failure is thrown at once.
    /// </summary>
    public async Task<T> EventuallyAsync<T>(Func<Task<T>> call, CancellationToken ct)
    {
        var giveUp = time.GetUtcNow().AddMinutes(2);
        while (true)
        {
            try
            {
                return await call();
            }
            catch (DemoApiException e) when (e.Status is HttpStatusCode.BadRequest or HttpStatusCode.NotFound && time.GetUtcNow() < giveUp)
            {
                await Task.Delay(TimeSpan.FromMilliseconds(300), time, ct);
            }
        }
    }

    private async Task<T> SendAsync<T>(HttpMethod method, string path, object? body, string? ifMatch, CancellationToken ct)
    {
        using var response = await http.SendAsync(Request(method, path, body, ifMatch), ct);
        await EnsureAsync(response, path, ct);
        if (response.StatusCode == HttpStatusCode.NoContent || typeof(T) == typeof(object))
            return default!;
        return (await response.Content.ReadFromJsonAsync<T>(ct))!;
    }

    private static HttpRequestMessage Request(HttpMethod method, string path, object? body, string? ifMatch)
    {
        var request = new HttpRequestMessage(method, path);
        if (body is not null)
            request.Content = JsonContent.Create(body);
        if (ifMatch is not null)
            request.Headers.IfMatch.Add(new EntityTagHeaderValue(ifMatch));
        return request;
    }

    private static async Task EnsureAsync(HttpResponseMessage response, string path, CancellationToken ct)
    {
        if (!response.IsSuccessStatusCode)
            throw new DemoApiException(response.StatusCode, $"{response.RequestMessage?.Method} {path}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync(ct)}");
    }

    public void Dispose() => http.Dispose();

    private sealed record TokenAnswer(string AccessToken);
}

internal sealed class DemoApiException(HttpStatusCode status, string message) : Exception(message)
{
    public HttpStatusCode Status => status;
}
