using Rectify.EndToEnd.Tests.Infrastructure;

namespace Rectify.EndToEnd.Tests;

/// <summary>
/// PostgreSQL stops (fast shutdown: every session is ended) while units are being registered and
/// consumed, and starts again. No service is restarted: requests and consumers retry through the
/// execution strategy, the relay retries on its next turn, MassTransit redelivers what a consumer
/// could not commit, and the inboxes keep a redelivered event from being applied twice. The test
/// owns its PostgreSQL cluster, so stopping it touches no other test's database.
/// </summary>
public sealed class Restarting_the_database(ITestOutputHelper output)
{
    private const int Units = 300;

    [Fact]
    public async Task Mid_stream_loses_and_duplicates_nothing_and_no_service_restarts()
    {
        var folder = Path.Combine(RectifyCluster.TempRoot, $"rectify-e2e-postgres-{Guid.NewGuid():N}");
        await using var postgres = await PrivatePostgres.StartAsync(folder);
        await using var cluster = await RectifyCluster.StartAsync("db-restart", output, postgres.Server);
        var stopped = false;
        try
        {
            var writer = new UnitWriter(cluster, "db", Units, concurrency: 4, pause: TimeSpan.FromMilliseconds(10));
            // Held at a third, so that however fast the machine most of the stream is still to come when the database goes.
            writer.HoldAfter(Units / 3);
            var writing = writer.RunAsync();
            await Eventually.Within(writer.WhenCreated(Units / 3), TimeSpan.FromSeconds(90), $"{Units / 3} units registered", cluster.Diagnostics);
            var reporting = cluster.Direct("reporting");
            await Eventually.HoldsAsync(() => cluster.CountAsync(reporting), applied => applied > 0,
                "reporting applying the stream", applied => $"{applied} applied", diagnostics: cluster.Diagnostics);

            cluster.Log($"stopping PostgreSQL with {writer.Created.Count} registered");
            stopped = true;
            writer.Release();
            await postgres.StopAsync();
            // The outage lasts until every service has seen it: its readiness check (can it connect?) fails,
            // or the service is too busy retrying to answer it at all.
            var unready = await Eventually.HoldsAsync(() => ReadinessAsync(cluster), r => r.Values.All(status => status != 200),
                "every service unready while PostgreSQL is down", Describe, TimeSpan.FromSeconds(60), cluster.Diagnostics);
            cluster.Log($"PostgreSQL down with {writer.Created.Count} registered; readiness: {Describe(unready)}. Starting it");
            await postgres.StartAgainAsync();
            stopped = false;
            cluster.Log("PostgreSQL started");

            await Eventually.Within(writing, TimeSpan.FromSeconds(180), $"all {Units} units registered", cluster.Diagnostics);
            cluster.Log($"writer done: {writer.Created.Count} created in {writer.Attempts} attempts, {writer.Ambiguous} with unknown outcome");

            var settled = await Delivery.WaitUntilSettledAsync(cluster, TimeSpan.FromSeconds(180));
            Delivery.AssertExactlyOnce(cluster, settled, writer, Units);
            Assert.All(cluster.Processes, p => Assert.True(p.Starts == 1, $"{p.Name} was started {p.Starts} times; services must recover by themselves."));
        }
        catch
        {
            cluster.KeepTempFolder();
            postgres.KeepFolder();
            output.WriteLine(postgres.LogTail());
            throw;
        }
        finally
        {
            if (stopped)
                await postgres.StartAgainAsync();
        }
    }

    private static async Task<IReadOnlyDictionary<string, int>> ReadinessAsync(RectifyCluster cluster)
    {
        using var client = new HttpClient { Timeout = TimeSpan.FromSeconds(10) };
        var statuses = new Dictionary<string, int>();
        foreach (var process in cluster.Processes.Where(p => p.Name != "gateway"))
        {
            try
            {
                using var response = await client.GetAsync(new Uri(process.BaseAddress, "health/ready"));
                statuses[process.Name] = (int)response.StatusCode;
            }
            catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException)
            {
                statuses[process.Name] = 0; // no answer
            }
        }
        return statuses;
    }

    private static string Describe(IReadOnlyDictionary<string, int>? statuses) =>
        string.Join(", ", statuses?.Select(s => $"{s.Key}: {s.Value}") ?? []);
}
