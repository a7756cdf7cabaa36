using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Rectify.ServiceDefaults.Hosting;

public static class OpenApiExtensions
{
    /// <summary>One document per service, named after it, holding only that service's endpoints.</summary>
    public static IServiceCollection AddServiceOpenApi(this IServiceCollection services, string serviceName)
    {
        services.AddOpenApi(serviceName, o => o.ShouldInclude = d => d.GroupName == serviceName);
        return services;
    }

    /// <summary>At <c>/api/{service}/openapi.json</c>, so the gateway's service route reaches it.</summary>
    public static IEndpointRouteBuilder MapServiceOpenApi(this IEndpointRouteBuilder app)
    {
        app.MapOpenApi("/api/{documentName}/openapi.json").AllowAnonymous();
        return app;
    }
}
