using System.Diagnostics;
using System.Text;

namespace Rectify.EndToEnd.Tests.Infrastructure;

/// <summary>What every service holds at one moment, and whether anything is still on its way.</summary>
public sealed record DeliverySnapshot(
    IReadOnlyList<UnitDto> Units,
    IReadOnlyDictionary<string, IReadOnlyList<UnitDto>> Replicas,
    long Counter,
    IReadOnlyDictionary<string, long>? QueueDepths,
    long? PendingOutbox)
{
    public bool LooksComplete =>
        Replicas.Values.All(r => r.Count >= Units.Count) && Counter >= Units.Count;

    public bool Drained =>
        QueueDepths is not null && QueueDepths.Values.All(d => d == 0) && PendingOutbox == 0;

    public string Describe()
    {
        var text = new StringBuilder();
        text.Append($"units service: {Units.Count}; reporting counter: {Counter}");
        foreach (var (service, replica) in Replicas)
            text.Append($"; {service}: {replica.Count} ({replica.Select(u => u.Id).Distinct().Count()} distinct)");
        text.Append($"; queues: {(QueueDepths is null ? "not read" : string.Join(", ", QueueDepths.Select(q => $"{q.Key}={q.Value}")))}");
        text.Append($"; units outbox pending: {PendingOutbox?.ToString() ?? "not read"}");
        return text.ToString();
    }

    public bool SameCounts(DeliverySnapshot other) =>
        Units.Count == other.Units.Count && Counter == other.Counter
        && Replicas.All(r => other.Replicas.TryGetValue(r.Key, out var o) && o.Count == r.Value.Count);
}

public static class Delivery
{
    /// <summary>
    /// Polls until every consumer has caught up with the units service, the vhost's queues hold no
    /// message (ready or unacknowledged) and the units outbox has nothing unsent, twice in a row:
    /// after that nothing more can arrive, so exact counts are final. Times out with the last state.
    /// </summary>
    public static async Task<DeliverySnapshot> WaitUntilSettledAsync(RectifyCluster cluster, TimeSpan timeout)
    {
        var clients = RectifyCluster.Consumers.ToDictionary(c => c.Service, c => cluster.Direct(c.Service));
        var units = cluster.Direct("units");
        var watch = Stopwatch.StartNew();
        DeliverySnapshot? previous = null;
        string? lastError = null;
        while (watch.Elapsed < timeout)
        {
            // A process that ended without the test killing it will not come back: say so now.
            if (cluster.Processes.FirstOrDefault(p => !p.IsRunning) is { } gone)
                throw new InvalidOperationException(
                    $"{gone.Name} is no longer running, and the test did not stop it (a crash, or a signal from outside).\n{gone.Tail()}");
            try
            {
                var snapshot = await ReadAsync(cluster, units, clients, withQueues: false);
                if (snapshot.LooksComplete)
                {
                    snapshot = snapshot with
                    {
                        QueueDepths = await Broker.QueueDepthsAsync(cluster.VirtualHost),
                        PendingOutbox = cluster.PendingInUnitsOutbox(),
                    };
                    if (snapshot.Drained && previous is { Drained: true } && previous.SameCounts(snapshot))
                    {
                        cluster.Log($"settled after {watch.Elapsed.TotalSeconds:0.0} s: {snapshot.Describe()}");
                        return snapshot;
                    }
                }
                previous = snapshot;
                lastError = null;
            }
            catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException or InvalidOperationException)
            {
                lastError = ex.Message;
            }
            await Task.Delay(TimeSpan.FromSeconds(1));
        }
        throw new TimeoutException(
            $"Delivery did not settle within {timeout.TotalSeconds:0} s. Last state: {previous?.Describe() ?? "none"}" +
            $"{(lastError is null ? "" : $"; last error: {lastError}")}\n{cluster.Diagnostics()}");
    }

    private static async Task<DeliverySnapshot> ReadAsync(
        RectifyCluster cluster, HttpClient units, IReadOnlyDictionary<string, HttpClient> clients, bool withQueues)
    {
        var replicas = new Dictionary<string, IReadOnlyList<UnitDto>>();
        foreach (var (service, path) in RectifyCluster.Consumers)
            replicas[service] = await cluster.ListUnitsAsync(clients[service], path);
        return new DeliverySnapshot(
            await cluster.ListUnitsAsync(units, "api/units"),
            replicas,
            await cluster.CountAsync(clients["reporting"]),
            withQueues ? await Broker.QueueDepthsAsync(cluster.VirtualHost) : null,
            withQueues ? cluster.PendingInUnitsOutbox() : null);
    }

    /// <summary>
    /// Exactly once, everywhere: the units service holds every unit whose registration was
    /// acknowledged, on top of what it held <paramref name="before"/> (and, when no request had an
    /// unknown outcome, nothing else); every consumer's copy is that same set with no duplicates;
    /// the reporting counter, which adds one per applied event, equals its size.
    /// </summary>
    public static void AssertExactlyOnce(
        RectifyCluster cluster, DeliverySnapshot snapshot, UnitWriter writer, int expected, DeliverySnapshot? before = null)
    {
        var details = $"{snapshot.Describe()}; writer: {writer.Created.Count} created, {writer.Attempts} attempts, " +
            $"{writer.Ambiguous} with unknown outcome; before the stream: {before?.Units.Count ?? 0} units";
        var truth = snapshot.Units.Select(u => u.Id).ToHashSet();
        var earlier = before?.Units.Select(u => u.Id).ToHashSet() ?? [];

        var lost = writer.Created.Keys.Concat(earlier).Where(id => !truth.Contains(id)).ToList();
        Assert.True(lost.Count == 0, $"The units service lost {lost.Count} acknowledged registrations. {details}\n{cluster.Diagnostics()}");
        Assert.Equal(expected, writer.Created.Count);
        if (writer.Ambiguous == 0)
            Assert.True(truth.SetEquals(writer.Created.Keys.Concat(earlier)),
                $"The units service holds units nobody registered. {details}");
        else
            Assert.True(truth.Count <= earlier.Count + expected + writer.Ambiguous, $"More units than requests. {details}");

        foreach (var (service, replica) in snapshot.Replicas)
        {
            var ids = replica.Select(u => u.Id).ToList();
            Assert.True(ids.Count == ids.Distinct().Count(), $"{service} lists a unit twice. {details}");
            var missing = truth.Except(ids).ToList();
            var extra = ids.Except(truth).ToList();
            Assert.True(missing.Count == 0 && extra.Count == 0,
                $"{service} differs from the units service: {missing.Count} missing, {extra.Count} extra. {details}\n{cluster.Diagnostics()}");
        }
        Assert.True(snapshot.Counter == truth.Count,
            $"The reporting counter is {snapshot.Counter} for {truth.Count} registered units " +
            $"({(snapshot.Counter > truth.Count ? "an event was applied twice" : "an event was lost")}). {details}\n{cluster.Diagnostics()}");
        cluster.Log($"exactly once: {truth.Count} units everywhere, counter {snapshot.Counter}");
    }
}
