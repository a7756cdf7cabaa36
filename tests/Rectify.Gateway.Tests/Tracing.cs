using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net.Http.Json;
using Rectify.Gateway.Tests.Infrastructure;

namespace Rectify.Gateway.Tests;

[Collection(GatewayCollection.Name)]
public sealed class Tracing(GatewayFixture fixture)
{
    [Fact]
    public async Task The_service_receives_a_traceparent_in_the_gateways_trace()
    {
        var serverSpans = new ConcurrentQueue<Activity>();
        using var listener = new ActivityListener
        {
            ShouldListenTo = source => source.Name == "Microsoft.AspNetCore",
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = serverSpans.Enqueue,
        };
        ActivitySource.AddActivityListener(listener);
        using var client = fixture.Client(subject: "alice");
        var path = $"/api/units/{Guid.NewGuid()}";

        var seen = await client.GetFromJsonAsync<SeenRequest>(path);

        // The gateway's server span is the one its route-span middleware tagged with the path.
        var gatewaySpan = await Eventually.HoldsAsync<Activity?>(
            () => Task.FromResult(serverSpans.FirstOrDefault(a => (a.GetTagItem("url.path") as string) == path)),
            a => a is not null, "the gateway's server span");
        var traceparent = seen!.Traceparent;
        Assert.NotNull(traceparent);
        var parts = traceparent.Split('-');
        Assert.Equal(gatewaySpan!.TraceId.ToHexString(), parts[1]);
        Assert.Equal(ActivityKind.Server, gatewaySpan.Kind);
    }
}
