using Rectify.EndToEnd.Tests.Infrastructure;

namespace Rectify.EndToEnd.Tests;

/// <summary>
/// RabbitMQ's application stops (every connection drops) while units are being registered, and
/// starts again. Writes keep committing with their events in the units outbox; the relay retries
/// with backoff and publishes them once the broker is back; consumers reconnect.
/// NB: stop_app stops the whole node, other virtual hosts included, for a few seconds.
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

            // Registration does not need the broker: writes go on while it is down.
            await Eventually.Within(writer.WhenCreated(2 * Units / 3), TimeSpan.FromSeconds(90),
                $"{2 * Units / 3} units registered while RabbitMQ is down", cluster.Diagnostics);
            var pending = cluster.PendingInUnitsOutbox();
            cluster.Log($"{writer.Created.Count} registered, {pending} events waiting in the units outbox; starting RabbitMQ");
            await Broker.StartAppAsync();
            stopped = false;
            cluster.Log("RabbitMQ started");

            await Eventually.Within(writing, TimeSpan.FromSeconds(120), $"all {Units} units registered", cluster.Diagnostics);
            cluster.Log($"writer done: {writer.Created.Count} created in {writer.Attempts} attempts");

            var settled = await Delivery.WaitUntilSettledAsync(cluster, TimeSpan.FromSeconds(120));
            Delivery.AssertExactlyOnce(cluster, settled, writer, Units);
            Assert.True(pending > 0, "The broker was down while units were registered, yet no event was waiting in the outbox.");
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
}
