using System.Text.Json;
using Rectify.ServiceDefaults.Edge;

namespace Rectify.Gateway.RateLimiting;

/// <summary>
/// <c>POST /api/auth/token</c> gets its own strict budget, per client address and per user name
/// tried, before the request reaches the units service (which limits again).
/// </summary>
public sealed class SignInRateLimiterMiddleware(RequestDelegate next, SignInRateLimiter throttle)
{
    /// <summary>A sign-in body is a user name and a password; anything longer is not read for the name.</summary>
    private const int MaxBodyRead = 4096;

    public async Task InvokeAsync(HttpContext context)
    {
        if (HttpMethods.IsPost(context.Request.Method) && context.Request.Path.Equals("/api/auth/token", StringComparison.OrdinalIgnoreCase))
        {
            var userName = await UserNameAsync(context.Request);
            if (throttle.TryAcquire(context.Connection.RemoteIpAddress, userName) is { } retryAfter)
            {
                await SignInRateLimiter.Rejected(context, retryAfter).ExecuteAsync(context);
                return;
            }
        }
        await next(context);
    }

    private static async Task<string?> UserNameAsync(HttpRequest request)
    {
        request.EnableBuffering();
        var buffer = new byte[MaxBodyRead];
        var read = 0;
        int n;
        while (read < buffer.Length && (n = await request.Body.ReadAsync(buffer.AsMemory(read), request.HttpContext.RequestAborted)) > 0)
            read += n;
        request.Body.Position = 0;
        try
        {
            using var json = JsonDocument.Parse(buffer.AsMemory(0, read));
            foreach (var property in json.RootElement.EnumerateObject())
                if (property.NameEquals("username") || property.Name.Equals("username", StringComparison.OrdinalIgnoreCase))
                    return property.Value.ValueKind == JsonValueKind.String ? property.Value.GetString() : null;
        }
        catch (JsonException)
        {
            // Malformed or longer than we read: the units service answers it; only the address budget applies here.
        }
        return null;
    }
}
