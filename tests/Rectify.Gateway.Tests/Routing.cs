using System.Net;
using System.Net.Http.Json;
using Rectify.Gateway.Tests.Infrastructure;

namespace Rectify.Gateway.Tests;

[Collection(GatewayCollection.Name)]
public sealed class Routing(GatewayFixture fixture)
{
    [Theory]
    [InlineData("/api/units", "units")]
    [InlineData("/api/units/3f2c/departments?page=2", "units")]
    [InlineData("/api/auth/token", "units")]
    [InlineData("/api/auth/jwks", "units")]
    [InlineData("/api/findings/units", "findings")]
    [InlineData("/api/tasks/units", "tasks")]
    [InlineData("/api/notifications/inbox", "notifications")]
    [InlineData("/api/reports/units/count", "reporting")]
    [InlineData("/api/reporting/openapi.json", "reporting")]
    [InlineData("/public/notices/7", "reporting")]
    [InlineData("/", "web")]
    [InlineData("/units/new", "web")]
    [InlineData("/_framework/blazor.web.js", "web")]
    public async Task Forwards_each_route_prefix_to_its_service_with_the_path_unchanged(string path, string service)
    {
        using var client = fixture.Client(subject: "routing");

        var seen = await client.GetFromJsonAsync<SeenRequest>(path);

        Assert.Equal(service, seen!.Service);
        Assert.Equal(path, seen.Path);
    }

    [Fact]
    public async Task Forwards_findings_requests_unchanged()
    {
        using var client = fixture.Client(subject: "routing");
        var path = $"/api/findings/inspections/{Guid.NewGuid()}/findings";

        var response = await client.PostAsync(path, JsonContent.Create(new { title = "问题" }));

        var seen = await response.Content.ReadFromJsonAsync<SeenRequest>();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(new SeenRequest("findings", "POST", path, seen!.Authorization, seen.Traceparent, seen.BodyBytes, seen.Host), seen);
        Assert.True(seen.BodyBytes > 0);
    }

    [Fact]
    public async Task A_services_own_error_response_passes_through_untouched()
    {
        using var client = fixture.Client(subject: "routing");

        var response = await client.GetAsync("/api/units/status/404");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Empty(await response.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task Keeps_the_callers_host_for_the_web_ui_so_its_redirects_point_back_at_the_gateway()
    {
        using var client = fixture.Client(subject: "routing");

        var seen = await client.GetFromJsonAsync<SeenRequest>("/units");

        Assert.Equal("web", seen!.Service);
        Assert.Equal(client.BaseAddress!.Authority, seen.Host);
    }
}
