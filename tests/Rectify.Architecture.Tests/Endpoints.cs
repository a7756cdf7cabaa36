using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Rectify.Architecture.Tests;

public sealed class Endpoints : IDisposable
{
    private readonly string _data = Directory.CreateTempSubdirectory("rectify-arch-").FullName;
    private readonly WebApplicationFactory<Rectify.Embedded.Program> _host;

    public Endpoints()
    {
        _host = new WebApplicationFactory<Rectify.Embedded.Program>().WithWebHostBuilder(b => b
            .UseSetting("RECTIFY_DATA_DIR", _data)
            .UseSetting("Demo:Enabled", "false"));
    }

    [Fact]
    public void Every_api_endpoint_requires_a_caller_except_sign_in_and_api_documents()
    {
        var endpoints = _host.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText!.StartsWith("/api", StringComparison.Ordinal))
            .ToList();

        Assert.NotEmpty(endpoints);
        foreach (var endpoint in endpoints)
        {
            var pattern = endpoint.RoutePattern.RawText!;
            var anonymous = endpoint.Metadata.GetMetadata<IAllowAnonymous>() is not null;
            var mayBeAnonymous = pattern.StartsWith("/api/auth/") || pattern.EndsWith("/openapi.json");
            if (mayBeAnonymous)
                continue;
            Assert.False(anonymous, $"{pattern} allows anonymous callers");
            Assert.NotEmpty(endpoint.Metadata.GetOrderedMetadata<IAuthorizeData>());
        }
    }

    [Fact]
    public void Public_endpoints_are_read_only()
    {
        var publicEndpoints = _host.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText!.StartsWith("/public", StringComparison.Ordinal));

        Assert.All(publicEndpoints, e =>
            Assert.All(e.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? ["?"], m => Assert.Equal("GET", m)));
    }

    public void Dispose()
    {
        _host.Dispose();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_data, recursive: true);
    }
}
