using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Rectify.Gateway.Tests.Infrastructure;

namespace Rectify.Gateway.Tests;

/// <summary>
/// Rate limits key on the real client: the address a trusted ingress forwards, never one a caller
/// writes into X-Forwarded-For itself; sign-in has its own, stricter budget.
/// </summary>
[Collection(GatewayCollection.Name)]
public sealed class Client_addresses(GatewayFixture fixture)
{
    private static readonly IPAddress Ingress = IPAddress.Parse("10.1.2.3");

    [Fact]
    public async Task Behind_a_trusted_ingress_each_forwarded_address_has_its_own_budget()
    {
        await using var configured = fixture.CreateGateway(
            ("Gateway:RateLimit:PermitsPerWindow", "2"), ("Gateway:RateLimit:WindowSeconds", "3600"),
            ("ForwardedHeaders:KnownNetworks", "10.0.0.0/8"));
        await using var gateway = WithConnections(configured);
        using var first = From(gateway, Ingress, forwardedFor: "203.0.113.1");
        using var second = From(gateway, Ingress, forwardedFor: "203.0.113.2");

        await first.GetAsync("/public/x");
        await first.GetAsync("/public/x");

        Assert.Equal(HttpStatusCode.TooManyRequests, (await first.GetAsync("/public/x")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await second.GetAsync("/public/x")).StatusCode);
    }

    [Fact]
    public async Task A_caller_that_is_not_a_trusted_proxy_cannot_choose_its_address()
    {
        await using var configured = fixture.CreateGateway(
            ("Gateway:RateLimit:PermitsPerWindow", "2"), ("Gateway:RateLimit:WindowSeconds", "3600"),
            ("ForwardedHeaders:KnownNetworks", "10.0.0.0/8"));
        await using var gateway = WithConnections(configured);
        var outsider = IPAddress.Parse("198.51.100.7");

        for (var i = 0; i < 2; i++)
        {
            using var client = From(gateway, outsider, forwardedFor: $"203.0.113.{i}");
            await client.GetAsync("/public/x");
        }
        using var third = From(gateway, outsider, forwardedFor: "203.0.113.99");

        Assert.Equal(HttpStatusCode.TooManyRequests, (await third.GetAsync("/public/x")).StatusCode);
    }

    [Fact]
    public async Task Sign_in_attempts_beyond_a_user_names_budget_get_429_and_never_reach_the_units_service()
    {
        await using var configured = fixture.CreateGateway(("SignInLimit:PermitsPerUser", "3"), ("SignInLimit:PermitsPerAddress", "100"));
        await using var gateway = WithConnections(configured);
        using var client = From(gateway, Ingress);
        var user = $"guess-{Guid.NewGuid():N}";

        for (var i = 0; i < 3; i++)
            Assert.Equal(HttpStatusCode.OK, (await client.PostAsJsonAsync("/api/auth/token", new { username = user, password = $"p{i}" })).StatusCode);
        var limited = await client.PostAsJsonAsync("/api/auth/token", new { username = user.ToUpperInvariant(), password = "p4" });
        var otherUser = await client.PostAsJsonAsync("/api/auth/token", new { username = "someone-else", password = "p" });

        await limited.AssertProblemAsync(429);
        Assert.NotNull(limited.Headers.RetryAfter);
        Assert.Equal(HttpStatusCode.OK, otherUser.StatusCode);
    }

    [Fact]
    public async Task Sign_in_attempts_beyond_an_addresss_budget_get_429_whatever_the_user_name()
    {
        await using var configured = fixture.CreateGateway(("SignInLimit:PermitsPerUser", "100"), ("SignInLimit:PermitsPerAddress", "2"));
        await using var gateway = WithConnections(configured);
        using var client = From(gateway, IPAddress.Parse("192.0.2.44"));
        using var elsewhere = From(gateway, IPAddress.Parse("192.0.2.45"));

        await client.PostAsJsonAsync("/api/auth/token", new { username = "a", password = "p" });
        await client.PostAsJsonAsync("/api/auth/token", new { username = "b", password = "p" });

        Assert.Equal(HttpStatusCode.TooManyRequests, (await client.PostAsJsonAsync("/api/auth/token", new { username = "c", password = "p" })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await elsewhere.PostAsJsonAsync("/api/auth/token", new { username = "c", password = "p" })).StatusCode);
    }

    private const string ConnectionHeader = "X-Test-Connection-From";

    /// <summary>The gateway, where each request's connection seems to come from the address its client names (a test server has no socket).</summary>
    private static WebApplicationFactory<Program> WithConnections(GatewayFactory gateway) =>
        gateway.WithWebHostBuilder(b => b.ConfigureServices(s => s.AddSingleton<IStartupFilter>(new ConnectionFromHeader())));

    private static HttpClient From(WebApplicationFactory<Program> gateway, IPAddress address, string? forwardedFor = null)
    {
        var client = gateway.CreateClient();
        client.DefaultRequestHeaders.Add(ConnectionHeader, address.ToString());
        if (forwardedFor is not null)
            client.DefaultRequestHeaders.Add("X-Forwarded-For", forwardedFor);
        return client;
    }

    private sealed class ConnectionFromHeader : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use((context, nextMiddleware) =>
            {
                context.Connection.RemoteIpAddress = IPAddress.Parse(context.Request.Headers[ConnectionHeader].ToString());
                return nextMiddleware(context);
            });
            next(app);
        };
    }
}
