using System.Collections.Concurrent;
using System.Net;
using System.Text;

namespace Rectify.Web.Tests;

/// <summary>Stands in for the gateway: answers by request path and records what the UI sent.</summary>
public sealed class FakeGateway : HttpMessageHandler
{
    public const string Token = "token-for-tests";

    private readonly ConcurrentDictionary<string, Func<HttpRequestMessage, string?, HttpResponseMessage>> routes = new();

    public ConcurrentQueue<(string Method, string Path, string? Authorization, string? Body)> Requests { get; } = new();

    /// <summary>What the UI asked the gateway to change (everything but reads and the sign-in token request).</summary>
    public IEnumerable<(string Method, string Path, string? Authorization, string? Body)> Writes =>
        Requests.Where(r => r.Method != "GET" && r.Path != "/api/auth/token");

    public FakeGateway()
    {
        On("POST /api/auth/token", (_, body) => body is not null && body.Contains("\"password\":\"secret\"")
            ? Json(HttpStatusCode.OK, $$"""{"accessToken":"{{Token}}","expiresAt":"2099-01-01T00:00:00Z"}""")
            : Json(HttpStatusCode.Unauthorized, """{"title":"Unauthorized","status":401}"""));
    }

    public FakeGateway On(string route, Func<HttpRequestMessage, string?, HttpResponseMessage> answer)
    {
        routes[route] = answer;
        return this;
    }

    public static HttpResponseMessage Json(HttpStatusCode status, string json) =>
        new(status) { Content = new StringContent(json, Encoding.UTF8, "application/json") };

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var body = request.Content is null ? null : await request.Content.ReadAsStringAsync(cancellationToken);
        var path = request.RequestUri!.AbsolutePath;
        Requests.Enqueue((request.Method.Method, path, request.Headers.Authorization?.ToString(), body));
        return routes.TryGetValue($"{request.Method.Method} {path}", out var answer)
            ? answer(request, body)
            : new HttpResponseMessage(HttpStatusCode.NotFound);
    }
}
