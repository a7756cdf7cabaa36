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
            var writer = new UnitWriter(cluster.Api, "broker", Units, concurrency: 4, pause: TimeSpan.FromMilliseconds(10));
            var writing = writer.RunAsync();

            await Eventually.Within(writer.WhenCreated(Units / 3), TimeSpan.FromSeconds(90), $"{Units / 3} units registered", cluster.Diagnostics);
            cluster.Log($"stopping RabbitMQ with {writer.Created.Count} registered");
            stopped = true;
            await Broker.StopAppAsync();
            cluster.Log("RabbitMQ stopped");

            // Registration does not need the broker: writes go on while it is down. The outage lasts
            // until the relay has seen a publish fail (after its publish timeout) and backed off.
            await Eventually.Within(writer.WhenCreated(2 * Units / 3), TimeSpan.FromSeconds(90),
                $"{2 * Units / 3} units registered while RabbitMQ is down", cluster.Diagnostics);
            var outbox = await Eventually.ReadUntilAsync(() => Task.FromResult(cluster.UnitsOutbox()), o => o.Retried > 0,
                "a failed publish in the units outbox while RabbitMQ is down", o => $"{o}", TimeSpan.FromSeconds(60), cluster.Diagnostics);
            var gatewayReady = await ReadinessAsync(cluster.Gateway!);
            cluster.Log($"{writer.Created.Count} registered, {outbox.Pending} events waiting in the units outbox, {outbox.Retried} " +
                $"failed to publish at least once; gateway readiness: {gatewayReady}. Starting RabbitMQ");
            await Broker.StartAppAsync();
            stopped = false;
            cluster.Log("RabbitMQ started");

            // Every consumer must come back by itself (MassTransit reconnects with growing intervals, up to 30 s).
            var services = RectifyCluster.Consumers.Select(c => c.Service).ToList();
            var consumers = await Eventually.ReadUntilAsync(() => Broker.ConsumersAsync(cluster.VirtualHost),
                queues => services.All(s => queues.GetValueOrDefault(s) > 0),
                "every service consuming its queue again after RabbitMQ restarted",
                queues => string.Join(", ", queues?.Select(q => $"{q.Key}: {q.Value} consumers") ?? []),
                TimeSpan.FromSeconds(75),
                () => string.Join("\n", services.Select(s => cluster[s].Tail(30))));
            cluster.Log($"consuming again: {string.Join(", ", consumers.Select(q => $"{q.Key}={q.Value}"))}");

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
