using Rectify.EndToEnd.Tests.Infrastructure;

namespace Rectify.EndToEnd.Tests;

/// <summary>The cluster the consumer-kill tests share (one after the other: parallelism is off).</summary>
public sealed class KillConsumerFixture() : SharedCluster("kill-consumer");

/// <summary>
/// A consumer process dies (SIGKILL, no shutdown code) while events stream in, and comes back on
/// the same port and database. The broker keeps what it had not acknowledged; the inbox keeps a
/// redelivered event from being applied again. The tests share one cluster: each checks that the
/// whole system is exact afterwards (every copy equals the units service's list, the counter its
/// size), which covers the units an earlier test registered too.
/// </summary>
public sealed class Killing_a_consumer(KillConsumerFixture fixture, ITestOutputHelper output) : IClassFixture<KillConsumerFixture>
{
    private const int Units = 300;

    [Fact]
    public Task Reporting_mid_stream_loses_and_duplicates_nothing() => KillMidStreamAsync("reporting");

    [Fact]
    public Task Findings_mid_stream_loses_and_duplicates_nothing() => KillMidStreamAsync("findings");

    private async Task KillMidStreamAsync(string victim)
    {
        var cluster = fixture.Cluster;
        cluster.Output = output;
        try
        {
            var before = await Delivery.WaitUntilSettledAsync(cluster, TimeSpan.FromSeconds(90));
            var writer = new UnitWriter(cluster, $"kill-{victim}", Units, concurrency: 4, pause: TimeSpan.FromMilliseconds(10));
            var writing = writer.RunAsync();

            // Kill it once it is visibly consuming this stream, with most of the stream still to come.
            await Eventually.Within(writer.WhenCreated(Units / 3), TimeSpan.FromSeconds(90), $"{Units / 3} units registered", cluster.Diagnostics);
            var path = RectifyCluster.Consumers.Single(c => c.Service == victim).ListPath;
            var client = cluster.Direct(victim);
            await Eventually.HoldsAsync(() => cluster.ListUnitsAsync(client, path), units => units.Count > before.Units.Count,
                $"consuming in {victim}", units => $"{units?.Count} units", diagnostics: cluster.Diagnostics);
            var consumed = (await cluster.ListUnitsAsync(client, path)).Count - before.Units.Count;
            cluster.Kill(cluster[victim]);
            cluster.Log($"killed {victim} with {writer.Created.Count} of {Units} registered and {consumed} of them applied by it");

            await Eventually.Within(writer.WhenCreated(2 * Units / 3), TimeSpan.FromSeconds(90), $"{2 * Units / 3} units registered", cluster.Diagnostics);
            await cluster.RestartAsync(cluster[victim]);
            await Eventually.Within(writing, TimeSpan.FromSeconds(120), $"all {Units} units registered", cluster.Diagnostics);
            cluster.Log($"writer done: {writer.Created.Count} created in {writer.Attempts} attempts");

            var settled = await Delivery.WaitUntilSettledAsync(cluster, TimeSpan.FromSeconds(90));
            Delivery.AssertExactlyOnce(cluster, settled, writer, Units, before);
        }
        catch
        {
            cluster.KeepTempFolder();
            throw;
        }
    }
}
