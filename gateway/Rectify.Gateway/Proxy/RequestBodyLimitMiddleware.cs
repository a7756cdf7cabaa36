using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Options;
using Yarp.ReverseProxy.Model;

namespace Rectify.Gateway.Proxy;

/// <summary>
/// <c>Gateway:MaxRequestBodyBytes</c> for every proxied request, unless the route sets its own
/// <c>MaxRequestBodySize</c> (-1 lifts the limit), which YARP applies after this middleware.
/// A declared length over the limit is refused before anything is forwarded; a body without one
/// is counted by Kestrel as it streams, and YARP answers 413 when it overflows.
/// </summary>
internal sealed class RequestBodyLimitMiddleware(RequestDelegate next, IOptionsMonitor<GatewayOptions> options, IProblemDetailsService problems)
{
    public async Task InvokeAsync(HttpContext context)
    {
        var limit = context.GetReverseProxyFeature().Route.Config.MaxRequestBodySize switch
        {
            null => options.CurrentValue.MaxRequestBodyBytes,
            -1 => (long?)null,
            var routeLimit => routeLimit,
        };
        if (limit is { } max)
        {
            if (context.Request.ContentLength > max)
            {
                context.Response.StatusCode = StatusCodes.Status413PayloadTooLarge;
                await problems.TryWriteAsync(new ProblemDetailsContext
                {
                    HttpContext = context,
                    ProblemDetails =
                    {
                        Status = StatusCodes.Status413PayloadTooLarge,
                        Detail = $"The request body is larger than the {max} bytes the gateway accepts.",
                    },
                });
                return;
            }
            if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } size)
                size.MaxRequestBodySize = max;
        }
        await next(context);
    }
}
