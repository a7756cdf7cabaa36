using System.Net;
using Rectify.Gateway.Tests.Infrastructure;

namespace Rectify.Gateway.Tests;

/// <summary>What the gateway adds to every answer a browser might load.</summary>
[Collection(GatewayCollection.Name)]
public sealed class Security_headers(GatewayFixture fixture)
{
    [Fact]
    public async Task Api_answers_and_refusals_run_nothing_and_cannot_be_framed()
    {
        using var client = fixture.Client(subject: "reader");
        using var anonymous = fixture.Client();

        var ok = await client.GetAsync("/api/units");
        var refused = await anonymous.GetAsync("/api/units");

        Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);
        foreach (var response in new[] { ok, refused })
        {
            Assert.Equal("default-src 'none'; frame-ancestors 'none'", Assert.Single(response.Headers.GetValues("Content-Security-Policy")));
            Assert.Equal("nosniff", Assert.Single(response.Headers.GetValues("X-Content-Type-Options")));
            Assert.Single(response.Headers.GetValues("Referrer-Policy"));
        }
    }

    [Fact]
    public async Task Hsts_is_sent_on_https_ended_at_the_ingress_outside_development_only()
    {
        await using var production = fixture.CreateGateway(("environment", "Production"));
        await using var development = fixture.CreateGateway(("environment", "Development"));

        var overTls = await Get(production, "https");
        var plain = await Get(production, null);
        var inDevelopment = await Get(development, "https");

        Assert.Contains("max-age=", Assert.Single(overTls.Headers.GetValues("Strict-Transport-Security")));
        Assert.False(plain.Headers.Contains("Strict-Transport-Security"));
        Assert.False(inDevelopment.Headers.Contains("Strict-Transport-Security"));
    }

    private async Task<HttpResponseMessage> Get(GatewayFactory gateway, string? forwardedProto)
    {
        using var client = fixture.Client(gateway);
        if (forwardedProto is not null)
            client.DefaultRequestHeaders.Add("X-Forwarded-Proto", forwardedProto);
        return await client.GetAsync("/public/x");
    }
}
