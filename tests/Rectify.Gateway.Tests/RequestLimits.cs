using System.Net;
using System.Net.Http.Json;
using Rectify.Gateway.Tests.Infrastructure;

namespace Rectify.Gateway.Tests;

[Collection(GatewayCollection.Name)]
public sealed class RequestLimits(GatewayFixture fixture)
{
    private const string Limit = "1024";

    [Fact]
    public async Task A_body_over_the_configured_limit_gets_413_problem_details_and_is_not_forwarded()
    {
        await using var gateway = fixture.CreateGateway(("Gateway:MaxRequestBodyBytes", Limit));
        using var client = fixture.Client(gateway, subject: "uploader");
        var path = $"/api/tasks/{Guid.NewGuid()}/evidence";

        var response = await client.PostAsync(path, new ByteArrayContent(new byte[2048]));

        await response.AssertProblemAsync(413);
        Assert.False(fixture.Services["tasks"].SawPath(path));
    }

    [Fact]
    public async Task A_body_within_the_limit_is_forwarded_whole()
    {
        await using var gateway = fixture.CreateGateway(("Gateway:MaxRequestBodyBytes", Limit));
        using var client = fixture.Client(gateway, subject: "uploader");

        var response = await client.PostAsync("/api/tasks/evidence", new ByteArrayContent(new byte[1000]));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(1000, (await response.Content.ReadFromJsonAsync<SeenRequest>())!.BodyBytes);
    }

    [Fact]
    public async Task A_streamed_body_without_a_length_is_cut_off_at_the_limit_with_413()
    {
        // Only a real server counts a chunked body as it arrives, so this gateway runs on Kestrel.
        await using var gateway = fixture.CreateGateway(("Gateway:MaxRequestBodyBytes", Limit));
        gateway.UseKestrel(0);
        gateway.StartServer();
        using var client = fixture.Client(gateway, subject: "uploader");

        var response = await client.PostAsync("/api/tasks/evidence", new UnsizedContent(64 * 1024));

        await response.AssertProblemAsync(413);
    }

    [Fact]
    public async Task The_default_limit_is_30_megabytes()
    {
        using var client = fixture.Client(subject: "uploader");

        var response = await client.PostAsync("/api/tasks/evidence", new ByteArrayContent(new byte[30 * 1024 * 1024 + 1]));

        await response.AssertProblemAsync(413);
    }
}

/// <summary>A body whose length is not known up front, so it goes out chunked.</summary>
internal sealed class UnsizedContent(int bytes) : HttpContent
{
    protected override async Task SerializeToStreamAsync(Stream stream, TransportContext? context)
    {
        var chunk = new byte[4096];
        for (var sent = 0; sent < bytes; sent += chunk.Length)
            await stream.WriteAsync(chunk);
    }

    protected override bool TryComputeLength(out long length)
    {
        length = 0;
        return false;
    }
}
