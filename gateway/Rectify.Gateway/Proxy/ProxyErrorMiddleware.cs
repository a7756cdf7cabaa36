using Microsoft.AspNetCore.Diagnostics;
using Yarp.ReverseProxy.Forwarder;
using Yarp.ReverseProxy.Model;

namespace Rectify.Gateway.Proxy;

/// <summary>
/// Problem details for errors the proxy itself produces (no destination, connection refused,
/// timeout, body too large while streaming), which YARP answers with an empty body. A service's
/// own responses pass through untouched.
/// </summary>
internal sealed class ProxyErrorMiddleware(RequestDelegate next, IProblemDetailsService problems)
{
    public async Task InvokeAsync(HttpContext context)
    {
        // The shared status-code pages would rewrite a service's empty error responses.
        if (context.Features.Get<IStatusCodePagesFeature>() is { } statusCodePages)
            statusCodePages.Enabled = false;

        await next(context);

        if (context.GetForwarderErrorFeature() is not { } error || context.Response.HasStarted)
            return;
        var cluster = context.GetReverseProxyFeature().Route.Cluster?.ClusterId ?? "unknown";
        await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            ProblemDetails =
            {
                Status = context.Response.StatusCode,
                Detail = DetailOf(context.Response.StatusCode, error.Error, cluster),
                Extensions = { ["cluster"] = cluster },
            },
        });
    }

    private static string DetailOf(int status, ForwarderError error, string cluster) => (status, error) switch
    {
        (StatusCodes.Status413PayloadTooLarge, _) => "The request body is larger than the gateway accepts.",
        (_, ForwarderError.NoAvailableDestinations) => $"No destination of the '{cluster}' service is available.",
        (StatusCodes.Status504GatewayTimeout, _) => $"The '{cluster}' service did not answer in time.",
        (StatusCodes.Status502BadGateway, _) => $"The '{cluster}' service could not be reached.",
        _ => $"The gateway could not forward the request to the '{cluster}' service ({error}).",
    };
}
