using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Rectify.Gateway.Tests.Infrastructure;
using Yarp.ReverseProxy.Configuration;

namespace Rectify.Gateway.Tests;

/// <summary>
/// Every route in the gateway's ReverseProxy configuration requires a token, except the ones declared
/// anonymous here: a route added to appsettings.json without a policy fails this test instead of opening a door.
/// </summary>
[Collection(GatewayCollection.Name)]
public sealed class Route_authorization(GatewayFixture fixture)
{
    /// <summary>Match paths that may be reached without a token, and why.</summary>
    private static readonly Dictionary<string, string> Anonymous = new()
    {
        ["/api/auth/{**rest}"] = "signing in (token) and the public signing keys (jwks)",
        ["/public/{**rest}"] = "published notices, for the public",
        ["/{**rest}"] = "the web UI, which signs its users in itself",
        ["/api/units/openapi.json"] = "API description",
        ["/api/findings/openapi.json"] = "API description",
        ["/api/tasks/openapi.json"] = "API description",
        ["/api/notifications/openapi.json"] = "API description",
        ["/api/reporting/openapi.json"] = "API description",
    };

    private IReadOnlyList<RouteConfig> Routes() =>
        fixture.Gateway.Services.GetRequiredService<IProxyConfigProvider>().GetConfig().Routes;

    [Fact]
    public void Every_route_requires_the_api_policy_unless_declared_anonymous()
    {
        var routes = Routes();
        // A route without a policy falls to the default (no fallback policy: anonymous), so it counts as open.
        var open = routes.Where(r => r.AuthorizationPolicy is not "api").Select(r => r.Match.Path!).ToList();

        Assert.NotEmpty(routes);
        Assert.All(open, path => Assert.True(Anonymous.ContainsKey(path), $"Route {path} is anonymous but not declared so in Route_authorization."));
        Assert.All(routes.Where(r => Anonymous.ContainsKey(r.Match.Path!)), r => Assert.Equal("anonymous", r.AuthorizationPolicy));
    }

    [Theory]
    [InlineData("GET")]
    [InlineData("POST")]
    [InlineData("DELETE")]
    public async Task A_request_without_a_token_to_any_protected_route_is_a_401_that_never_reaches_the_service(string method)
    {
        using var client = fixture.Client();
        var failures = new List<string>();
        foreach (var route in Routes().Where(r => !Anonymous.ContainsKey(r.Match.Path!)))
        {
            var path = route.Match.Path!.Replace("{**rest}", $"{Guid.NewGuid()}", StringComparison.Ordinal);
            using var response = await client.SendAsync(new HttpRequestMessage(new HttpMethod(method), path));
            if (response.StatusCode != HttpStatusCode.Unauthorized || fixture.Services.Values.Any(s => s.SawPath(path)))
                failures.Add($"{method} {path} (route {route.RouteId}): {(int)response.StatusCode}");
        }
        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    [Fact]
    public async Task The_health_endpoints_answer_without_a_token()
    {
        using var client = fixture.Client();

        Assert.NotEqual(HttpStatusCode.Unauthorized, (await client.GetAsync("/alive")).StatusCode);
        Assert.NotEqual(HttpStatusCode.Unauthorized, (await client.GetAsync("/health/ready")).StatusCode);
    }
}
