using Rectify.EndToEnd.Tests.Infrastructure;

namespace Rectify.EndToEnd.Tests;

/// <summary>
/// The units service dies (SIGKILL) while it is registering units and relaying their events.
/// What it committed is in its database with the events in its outbox; after the restart the
/// relay publishes what was left, and what it had published but not yet marked is deduplicated
/// by the consumers' inboxes.
/// </summary>
public sealed class Killing_the_producer(ITestOutputHelper output)
{
    private const int Units = 300;

    [Fact]
    public async Task After_its_writes_committed_loses_and_duplicates_nothing()
    {
        await using var cluster = await RectifyCluster.StartAsync("kill-units", output);
        try
        {
            var writer = new UnitWriter(cluster, "kill-units", Units, concurrency: 8);
            var writing = writer.RunAsync();

            // The relay publishes the first quarter, then its lease is held so that, however fast the
            // machine, events are still waiting when the process dies (the batch in hand still goes out).
            await Eventually.Within(writer.WhenCreated(Units / 4), TimeSpan.FromSeconds(90), $"{Units / 4} units registered", cluster.Diagnostics);
            cluster.HoldRelay("units");
            await Eventually.Within(writer.WhenCreated(Units / 2), TimeSpan.FromSeconds(90), $"{Units / 2} units registered", cluster.Diagnostics);
            cluster.Kill(cluster.Units);
            var pending = cluster.PendingInUnitsOutbox();
            cluster.ReleaseRelay("units");
            cluster.Log($"killed units with {writer.Created.Count} acknowledged; {pending} events were still unpublished in its outbox");

            await cluster.RestartAsync(cluster.Units);
            await Eventually.Within(writing, TimeSpan.FromSeconds(120), $"all {Units} units registered", cluster.Diagnostics);
            cluster.Log($"writer done: {writer.Created.Count} created in {writer.Attempts} attempts, {writer.Ambiguous} with unknown outcome");

            var settled = await Delivery.WaitUntilSettledAsync(cluster, TimeSpan.FromSeconds(120));
            Delivery.AssertExactlyOnce(cluster, settled, writer, Units);
            Assert.True(pending > 0, "The units service was killed with nothing left in its outbox: the test proved nothing about the relay after a crash.");
        }
        catch
        {
            cluster.KeepTempFolder();
            throw;
        }
    }
}
