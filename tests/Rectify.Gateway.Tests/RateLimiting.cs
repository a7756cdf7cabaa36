using System.Net;
using System.Net.Http.Headers;
using Rectify.Gateway.Tests.Infrastructure;

namespace Rectify.Gateway.Tests;

[Collection(GatewayCollection.Name)]
public sealed class RateLimiting(GatewayFixture fixture)
{
    [Fact]
    public async Task Requests_over_the_permits_get_429_problem_details_with_retry_after()
    {
        await using var gateway = fixture.CreateGateway(
            ("Gateway:RateLimit:PermitsPerWindow", "3"), ("Gateway:RateLimit:WindowSeconds", "3600"));
        using var client = fixture.Client(gateway, subject: "busy");
        var path = $"/api/units/{Guid.NewGuid()}";

        for (var i = 0; i < 3; i++)
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(path)).StatusCode);
        var rejected = await client.GetAsync(path);

        await rejected.AssertProblemAsync(429);
        var retryAfter = rejected.Headers.RetryAfter?.Delta;
        Assert.NotNull(retryAfter);
        Assert.InRange(retryAfter.Value, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(3600));
        Assert.Equal(3, fixture.Services["units"].Seen.Count(r => r.Path == path));
    }

    [Fact]
    public async Task Each_signed_in_user_and_each_anonymous_address_has_its_own_budget()
    {
        await using var gateway = fixture.CreateGateway(
            ("Gateway:RateLimit:PermitsPerWindow", "2"), ("Gateway:RateLimit:WindowSeconds", "3600"));
        using var alice = fixture.Client(gateway, subject: "alice");
        using var bob = fixture.Client(gateway, subject: "bob");
        using var anonymous = fixture.Client(gateway);

        await alice.GetAsync("/api/units");
        await alice.GetAsync("/api/units");

        Assert.Equal(HttpStatusCode.TooManyRequests, (await alice.GetAsync("/api/units")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await bob.GetAsync("/api/units")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await anonymous.GetAsync("/public/x")).StatusCode);
    }

    [Fact]
    public async Task A_token_from_another_issuer_does_not_buy_a_fresh_budget()
    {
        await using var gateway = fixture.CreateGateway(
            ("Gateway:RateLimit:PermitsPerWindow", "2"), ("Gateway:RateLimit:WindowSeconds", "3600"));
        using var client = fixture.Client(gateway);

        await client.GetAsync("/public/x");
        await client.GetAsync("/public/x");
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", TestTokens.IssueWithForeignKey("someone-new"));

        Assert.Equal(HttpStatusCode.TooManyRequests, (await client.GetAsync("/public/x")).StatusCode);
    }

    [Fact]
    public async Task The_default_limit_lets_an_end_to_end_run_through()
    {
        // The e2e suite sends a few hundred requests as one admin; the default must not notice.
        await using var gateway = fixture.CreateGateway();
        using var client = fixture.Client(gateway, subject: "e2e-admin");

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 800; i++)
            statuses.Add((await client.GetAsync(i % 2 == 0 ? "/api/units" : "/")).StatusCode);

        Assert.All(statuses, s => Assert.Equal(HttpStatusCode.OK, s));
    }

    [Fact]
    public async Task Health_endpoints_are_not_rate_limited()
    {
        await using var gateway = fixture.CreateGateway(
            ("Gateway:RateLimit:PermitsPerWindow", "1"), ("Gateway:RateLimit:WindowSeconds", "3600"));
        using var client = fixture.Client(gateway);

        for (var i = 0; i < 5; i++)
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/alive")).StatusCode);
    }

    [Fact]
    public async Task Refuses_to_start_with_a_limit_of_zero()
    {
        await using var gateway = fixture.CreateGateway(("Gateway:RateLimit:PermitsPerWindow", "0"));

        var error = Record.Exception(() => gateway.CreateClient());

        Assert.Contains("PermitsPerWindow", error?.ToString());
    }
}
