using System.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Routing;

namespace Rectify.ServiceDefaults.Telemetry;

/// <summary>
/// Without the instrumentation package the built-in server span has no route or status:
/// name it "GET /api/units/{id}" and tag the status, as the semantic conventions ask.
/// </summary>
internal sealed class RouteSpanMiddleware(RequestDelegate next)
{
    public async Task InvokeAsync(HttpContext context)
    {
        var activity = context.Features.Get<IHttpActivityFeature>()?.Activity;
        if (activity is null)
        {
            await next(context);
            return;
        }
        // The exception handler sets the final status after this middleware has returned.
        context.Response.OnCompleted(() =>
        {
            activity.SetTag("http.response.status_code", context.Response.StatusCode);
            if (context.Response.StatusCode >= 500)
                activity.SetStatus(ActivityStatusCode.Error);
            return Task.CompletedTask;
        });
        try
        {
            await next(context);
        }
        finally
        {
            // Read here, before the exception handler clears the endpoint.
            var route = (context.GetEndpoint() as RouteEndpoint)?.RoutePattern.RawText;
            activity.DisplayName = route is null ? context.Request.Method : $"{context.Request.Method} {route}";
            activity.SetTag("http.request.method", context.Request.Method);
            activity.SetTag("http.route", route);
            activity.SetTag("url.path", context.Request.Path.Value);
        }
    }
}
