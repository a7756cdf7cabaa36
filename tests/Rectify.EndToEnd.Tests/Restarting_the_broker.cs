using Rectify.EndToEnd.Tests.Infrastructure;

namespace Rectify.EndToEnd.Tests;

/// <summary>
/// RabbitMQ's application stops (every connection drops) while units are being registered, and
/// starts again. Writes keep committing with their events in the units outbox; the relay's
/// publishes fail, and it retries with backoff until the broker is back; consumers reconnect.
/// NB: stop_app stops the whole node, other virtual hosts included, for the length of the outage.
/// </summary>
public sealed class Restarting_the_broker(ITestOutputHelper output)
{
    private const int Units = 300;

    [Fact]
    public async Task Mid_stream_loses_and_duplicates_nothing()
    {
        await using var cluster = await RectifyCluster.StartAsync("broker-restart", output);
        var stopped = false;
        try
        {
            var writer = new UnitWriter(cluster, "broker", Units, concurrency: 4, pause: TimeSpan.FromMilliseconds(10));
            // Held at a third: on a fast machine all 300 could otherwise be registered and published
            // before stop_app has finished, leaving nothing for the outage to test.
            writer.HoldAfter(Units / 3);
            var writing = writer.RunAsync();

            await Eventually.Within(writer.WhenCreated(Units / 3), TimeSpan.FromSeconds(90), $"{Units / 3} units registered", cluster.Diagnostics);
            cluster.Log($"stopping RabbitMQ with {writer.Created.Count} registered");
            stopped = true;
            await Broker.StopAppAsync();
            cluster.Log("RabbitMQ stopped");
            writer.Release();

            // Registration does not need the broker: writes go on while it is down. The outage lasts
            // until the relay has seen a publish fail (after its publish timeout) and backed off.
            await Eventually.Within(writer.WhenCreated(2 * Units / 3), TimeSpan.FromSeconds(90),
                $"{2 * Units / 3} units registered while RabbitMQ is down", cluster.Diagnostics);
            var outbox = await Eventually.HoldsAsync(() => Task.FromResult(cluster.UnitsOutbox()), o => o.Retried > 0,
                "a failed publish in the units outbox while RabbitMQ is down", o => $"{o}", TimeSpan.FromSeconds(60), cluster.Diagnostics);
            var gatewayReady = await ReadinessAsync(cluster.Gateway!);
            cluster.Log($"{writer.Created.Count} registered, {outbox.Pending} events waiting in the units outbox, {outbox.Retried} " +
                $"failed to publish at least once; gateway readiness: {gatewayReady}. Starting RabbitMQ");
            await Broker.StartAppAsync();
            stopped = false;
            cluster.Log("RabbitMQ started");

            await WaitForConsumersAsync(cluster);

            await Eventually.Within(writing, TimeSpan.FromSeconds(120), $"all {Units} units registered", cluster.Diagnostics);
            cluster.Log($"writer done: {writer.Created.Count} created in {writer.Attempts} attempts");

            var settled = await Delivery.WaitUntilSettledAsync(cluster, TimeSpan.FromSeconds(120));
            Delivery.AssertExactlyOnce(cluster, settled, writer, Units);
            Assert.True(outbox.Pending > 0, "The broker was down while units were registered, yet no event was waiting in the outbox.");
        }
        catch
        {
            cluster.KeepTempFolder();
            throw;
        }
        finally
        {
            // Whatever happened, the broker is shared: leave it running.
            if (stopped)
                await Broker.StartAppAsync();
        }
    }

    /// <summary>
    /// Every service must consume its queue again. MassTransit reconnects with growing intervals (up to
    /// 30 s), so this waits 75 s (RECTIFY_E2E_RECONNECT_WAIT). MassTransit 8.4.0 sometimes never reconnects a receive endpoint: it
    /// keeps creating channels on the connection the broker closed (AlreadyClosedException,
    /// CONNECTION_FORCED) and reports itself Degraded, which /health/ready answers with 200. Until that
    /// is fixed (MassTransit ≥ 8.5 has the fix; here the service should restart itself, see the suite's
    /// README), such a process is restarted as an orchestrator's liveness probe would, and the test
    /// says so in its output; RECTIFY_E2E_STRICT_RECONNECT=1 makes it a failure instead.
    /// </summary>
    private static TimeSpan ReconnectWait =>
        TimeSpan.FromSeconds(int.TryParse(Environment.GetEnvironmentVariable("RECTIFY_E2E_RECONNECT_WAIT"), out var seconds) ? seconds : 75);

    private static async Task WaitForConsumersAsync(RectifyCluster cluster)
    {
        var services = RectifyCluster.Consumers.Select(c => c.Service).ToList();
        IReadOnlyDictionary<string, long> queues = new Dictionary<string, long>();
        try
        {
            queues = await Eventually.HoldsAsync(() => Broker.ConsumersAsync(cluster.VirtualHost),
                q => services.All(s => q.GetValueOrDefault(s) > 0),
                "every service consuming its queue again after RabbitMQ restarted", Describe, ReconnectWait);
            cluster.Log($"consuming again: {Describe(queues)}");
            return;
        }
        catch (TimeoutException) when (Environment.GetEnvironmentVariable("RECTIFY_E2E_STRICT_RECONNECT") != "1")
        {
        }

        queues = await Broker.ConsumersAsync(cluster.VirtualHost);
        foreach (var stuck in services.Where(s => queues.GetValueOrDefault(s) == 0))
        {
            cluster.Log($"KNOWN BUG (MassTransit 8.4.0): {stuck} did not reconnect its receive endpoint within {ReconnectWait.TotalSeconds:0} s of RabbitMQ " +
                $"restarting; restarting the process as a liveness probe would.\n{cluster[stuck].Tail(12)}");
            cluster.Kill(cluster[stuck]);
            await cluster.RestartAsync(cluster[stuck]);
        }
        queues = await Eventually.HoldsAsync(() => Broker.ConsumersAsync(cluster.VirtualHost),
            q => services.All(s => q.GetValueOrDefault(s) > 0),
            "every service consuming its queue again after restarting the stuck ones", Describe, TimeSpan.FromSeconds(60),
            () => string.Join("\n", services.Select(s => cluster[s].Tail(30))));
        cluster.Log($"consuming again: {Describe(queues)}");

        static string Describe(IReadOnlyDictionary<string, long>? q) =>
            string.Join(", ", q?.Select(e => $"{e.Key}: {e.Value} consumers") ?? []);
    }

    private static async Task<string> ReadinessAsync(ServiceProcess process)
    {
        using var client = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
        try
        {
            using var response = await client.GetAsync(new Uri(process.BaseAddress, "health/ready"));
            return $"{(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}";
        }
        catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException)
        {
            return ex.Message;
        }
    }
}
