using Rectify.Services.Tests.Support;

namespace Rectify.Services.Tests.Outbox;

public abstract class Outbox_relay(TestProvider provider) : IAsyncLifetime
{
    private readonly RelayFixture _fixture = new(provider);

    [Fact]
    public async Task Publishes_every_row_in_insertion_order()
    {
        var written = await _fixture.WriteAsync([.. Enumerable.Range(0, 60).Select(i => $"unit-{i % 7}")]);

        await _fixture.StartRelayAsync();

        var published = await Eventually.HoldsAsync(() => Task.FromResult(_fixture.Publisher.Published), p => p.Count == 60);
        Assert.Equal(written.Select(e => e.Meta.EventId), published.Select(e => e.Meta.EventId));
        // A row is marked sent just after its publish returns: wait for the last mark rather than race it.
        var rows = await Eventually.HoldsAsync(_fixture.RowsAsync, r => r.All(m => m.SentAt is not null));
        Assert.All(rows, r => Assert.NotNull(r.SentAt));
    }

    [Fact]
    public async Task Retries_a_failed_publish_with_growing_backoff_and_never_drops_it()
    {
        var written = await _fixture.WriteAsync("a", "b");
        _fixture.Publisher.FailNext(written[0].Meta.EventId, times: 3);

        await _fixture.StartRelayAsync();

        foreach (var (attempts, backoff) in new[] { (1, 1), (2, 2), (3, 4) })
        {
            var row = await Eventually.HoldsAsync(async () => (await _fixture.RowsAsync())[0], r => r.Attempts == attempts);
            Assert.Equal(attempts, row.Attempts);
            Assert.Equal(_fixture.Clock.GetUtcNow().AddSeconds(backoff), row.NextAttemptAt);
            Assert.Null(row.SentAt);
            Assert.Contains("broker unreachable", row.LastError);
            _fixture.Clock.Advance(TimeSpan.FromSeconds(backoff));
        }

        // Each published once; "b" may go before or after "a" (order is only promised per aggregate),
        // depending on whether the relay passes again before the clock moves.
        var published = await Eventually.HoldsAsync(() => Task.FromResult(_fixture.Publisher.Published), p => p.Count == 2);
        Assert.Equal(written.Select(e => e.Meta.EventId).Order(), published.Select(e => e.Meta.EventId).Order());
    }

    [Fact]
    public async Task Holds_later_events_of_an_aggregate_behind_its_failed_one_but_not_other_aggregates()
    {
        var written = await _fixture.WriteAsync("a", "b", "a", "c");
        _fixture.Publisher.FailNext(written[0].Meta.EventId, times: 1);

        await _fixture.StartRelayAsync();

        var others = await Eventually.HoldsAsync(() => Task.FromResult(_fixture.Publisher.Published), p => p.Count == 2);
        Assert.Equal([written[1].Meta.EventId, written[3].Meta.EventId], others.Select(e => e.Meta.EventId));

        _fixture.Clock.Advance(TimeSpan.FromSeconds(1));
        var all = await Eventually.HoldsAsync(() => Task.FromResult(_fixture.Publisher.Published), p => p.Count == 4);
        Assert.Equal([written[0].Meta.EventId, written[2].Meta.EventId], all.Skip(2).Select(e => e.Meta.EventId));
    }

    [Fact]
    public async Task Publishes_after_a_restart_what_was_committed_before_it()
    {
        var written = await _fixture.WriteAsync("a", "b", "c");
        var failing = new FakePublisher();
        foreach (var e in written)
            failing.FailNext(e.Meta.EventId, times: int.MaxValue);
        var first = await _fixture.StartRelayAsync(failing);
        await Eventually.HoldsAsync(async () => (await _fixture.RowsAsync())[0].Attempts, a => a >= 1);
        await first.StopAsync(CancellationToken.None);
        _fixture.Clock.Advance(TimeSpan.FromMinutes(2)); // past the backoff and the dead relay's lease

        await _fixture.StartRelayAsync();

        var published = await Eventually.HoldsAsync(() => Task.FromResult(_fixture.Publisher.Published), p => p.Count == 3);
        Assert.Equal(written.Select(e => e.Meta.EventId), published.Select(e => e.Meta.EventId));
        Assert.Empty(failing.Published);
    }

    [Fact]
    public async Task Hands_its_lease_back_on_a_clean_stop_so_the_next_instance_starts_at_once()
    {
        await _fixture.WriteAsync("x");
        var firstPublisher = new FakePublisher();
        var first = await _fixture.StartRelayAsync(firstPublisher);
        await Eventually.HoldsAsync(() => Task.FromResult(firstPublisher.Published.Count), n => n == 1); // it holds the lease
        await first.StopAsync(CancellationToken.None);
        var written = await _fixture.WriteAsync("a", "b");

        await _fixture.StartRelayAsync(); // the clock does not move: an unreleased lease would block it

        var published = await Eventually.HoldsAsync(() => Task.FromResult(_fixture.Publisher.Published), p => p.Count == 2);
        Assert.Equal(written.Select(e => e.Meta.EventId), published.Select(e => e.Meta.EventId));
    }

    [Fact]
    public async Task Two_instances_on_one_database_publish_each_row_once()
    {
        var written = await _fixture.WriteAsync([.. Enumerable.Range(0, 100).Select(i => $"unit-{i}")]);

        var relays = await Task.WhenAll(_fixture.StartRelayAsync(), _fixture.StartRelayAsync());

        await Eventually.HoldsAsync(async () => (await _fixture.RowsAsync()).Count(r => r.SentAt != null), n => n == 100);
        // Stopped, neither can publish any more: a batch one of them read before the other marked it sent is in by now.
        await Task.WhenAll(relays.Select(r => r.StopAsync(CancellationToken.None)));
        Assert.Equal(written.Select(e => e.Meta.EventId), _fixture.Publisher.Published.Select(e => e.Meta.EventId));
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public Task DisposeAsync() => _fixture.DisposeAsync().AsTask();
}

public sealed class Outbox_relay_on_SQLite() : Outbox_relay(TestProvider.Sqlite);

/// <summary>Two relays' lease claims really race here, with row locks and concurrent transactions.</summary>
public sealed class Outbox_relay_on_PostgreSQL() : Outbox_relay(TestProvider.Postgres);
