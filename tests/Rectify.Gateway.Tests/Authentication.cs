using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using Rectify.Gateway.Tests.Infrastructure;

namespace Rectify.Gateway.Tests;

[Collection(GatewayCollection.Name)]
public sealed class Authentication(GatewayFixture fixture)
{
    [Theory]
    [InlineData("/api/units")]
    [InlineData("/api/findings/units")]
    [InlineData("/api/tasks/units")]
    [InlineData("/api/notifications/inbox")]
    [InlineData("/api/reports/units/count")]
    public async Task Api_requests_without_a_token_get_401_at_the_gateway_and_never_reach_the_service(string prefix)
    {
        using var client = fixture.Client();
        var path = $"{prefix}/{Guid.NewGuid()}";

        var response = await client.GetAsync(path);

        await response.AssertProblemAsync(401);
        Assert.Contains(response.Headers.WwwAuthenticate, h => h.Scheme == "Bearer");
        Assert.DoesNotContain(fixture.Services.Values, s => s.SawPath(path));
    }

    [Fact]
    public async Task Api_requests_with_a_token_from_another_issuer_get_401()
    {
        using var client = fixture.Client();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", TestTokens.IssueWithForeignKey("mallory"));
        var path = $"/api/units/{Guid.NewGuid()}";

        var response = await client.GetAsync(path);

        await response.AssertProblemAsync(401);
        Assert.False(fixture.Services["units"].SawPath(path));
    }

    [Fact]
    public async Task Api_requests_with_a_token_reach_the_service_with_the_same_authorization_header()
    {
        using var client = fixture.Client(subject: "alice");

        var response = await client.GetAsync("/api/units");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var seen = await response.Content.ReadFromJsonAsync<SeenRequest>();
        Assert.Equal(client.DefaultRequestHeaders.Authorization!.ToString(), seen!.Authorization);
    }

    [Theory]
    [InlineData("POST", "/api/auth/token")]
    [InlineData("GET", "/api/auth/jwks")]
    [InlineData("GET", "/api/units/openapi.json")]
    [InlineData("GET", "/api/findings/openapi.json")]
    [InlineData("GET", "/api/tasks/openapi.json")]
    [InlineData("GET", "/api/notifications/openapi.json")]
    [InlineData("GET", "/api/reporting/openapi.json")]
    [InlineData("GET", "/public/x")]
    [InlineData("GET", "/")]
    [InlineData("GET", "/sign-in")]
    public async Task Sign_in_openapi_public_and_web_routes_are_anonymous(string method, string path)
    {
        using var client = fixture.Client();

        var response = await client.SendAsync(new HttpRequestMessage(new HttpMethod(method), path)
        {
            Content = method == "POST" ? JsonContent.Create(new { username = "admin", password = "x" }) : null,
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var seen = await response.Content.ReadFromJsonAsync<SeenRequest>();
        Assert.Equal(path, seen!.Path);
        Assert.Null(seen.Authorization);
    }
}
