using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Rectify.ServiceDefaults.Auth;

namespace Rectify.ServiceDefaults.Hosting;

public static class ApiRoutes
{
    /// <summary>
    /// A service's API group: authenticated by default, problem details for errors, and listed in the
    /// service's OpenAPI document. Endpoints that must be anonymous opt out one by one.
    /// </summary>
    public static RouteGroupBuilder MapServiceApi(this IEndpointRouteBuilder app, string serviceName, string prefix)
    {
        var group = app.MapGroup(prefix);
        group.RequireAuthorization(AuthExtensions.ApiPolicy);
        group.WithGroupName(serviceName);
        group.ProducesProblem(StatusCodes.Status401Unauthorized);
        return group;
    }
}
