using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Rectify.ServiceDefaults.Edge;

/// <summary>
/// Browser-facing hardening headers, each set only when the response has none of its own (so the
/// gateway keeps the web host's page policy and adds one to API answers). HSTS is sent on https
/// requests, including https ended at a trusted ingress (X-Forwarded-Proto), outside Development.
/// </summary>
public static class SecurityHeaders
{
    /// <summary>For JSON and files: nothing may run, nothing may frame it.</summary>
    public const string ApiPolicy = "default-src 'none'; frame-ancestors 'none'";

    /// <summary>
    /// For the Blazor UI. Scripts need 'unsafe-inline' only for the framework's inline import map
    /// (&lt;ImportMap /&gt;); every script of ours is a file. The circuit is a same-origin WebSocket.
    /// </summary>
    public const string PagePolicy =
        "default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; " +
        "font-src 'self' data:; connect-src 'self' ws: wss:; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    public const string HstsValue = "max-age=31536000; includeSubDomains";

    /// <param name="overwritePolicy">
    /// The web host's own policy wins over one set further in: Blazor's interactive server rendering
    /// sets <c>frame-ancestors 'self'</c> by itself, which would otherwise stand alone.
    /// </param>
    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app, string contentSecurityPolicy, bool overwritePolicy = false)
    {
        var development = app.ApplicationServices.GetRequiredService<IWebHostEnvironment>().IsDevelopment();
        return app.Use((context, next) =>
        {
            context.Response.OnStarting(() =>
            {
                var headers = context.Response.Headers;
                if (overwritePolicy)
                    headers.ContentSecurityPolicy = contentSecurityPolicy;
                else
                    headers.TryAdd("Content-Security-Policy", contentSecurityPolicy);
                headers.TryAdd("X-Content-Type-Options", "nosniff");
                headers.TryAdd("Referrer-Policy", "strict-origin-when-cross-origin");
                headers.TryAdd("X-Frame-Options", "DENY");
                if (!development && context.Request.IsHttps)
                    headers.TryAdd("Strict-Transport-Security", HstsValue);
                return Task.CompletedTask;
            });
            return next(context);
        });
    }
}
