using System.Collections.Concurrent;
using System.Diagnostics;
using Rectify.Services.Tests.Support;

namespace Rectify.Services.Tests.Hosting;

public sealed class Server_spans : IDisposable
{
    private readonly ServiceFactory<Rectify.Units.Program> _units = new();
    private readonly ConcurrentQueue<Activity> _finished = new();
    private readonly ActivityListener _listener;

    public Server_spans()
    {
        _listener = new ActivityListener
        {
            ShouldListenTo = s => s.Name == "Microsoft.AspNetCore",
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = _finished.Enqueue,
        };
        ActivitySource.AddActivityListener(_listener);
    }

    [Fact]
    public async Task Are_named_by_route_and_carry_the_status()
    {
        var client = await _units.CreateClient().SignedInAsync();
        var id = Guid.NewGuid();

        await client.GetAsync($"/api/units/{id}");

        var span = await Eventually.HoldsAsync(
            () => Task.FromResult(_finished.FirstOrDefault(a => (a.GetTagItem("url.path") as string) == $"/api/units/{id}")),
            a => a is not null);
        Assert.Equal("GET /api/units/{id:guid}", span!.DisplayName);
        Assert.Equal("/api/units/{id:guid}", span.GetTagItem("http.route"));
        Assert.Equal(404, span.GetTagItem("http.response.status_code"));
    }

    public void Dispose()
    {
        _listener.Dispose();
        _units.Dispose();
    }
}
