using Rectify.Services.Tests.Support;

namespace Rectify.Services.Tests.Outbox;

/// <summary>A row that fails every publish: after the configured attempts it is dead-lettered and stops holding up others.</summary>
public sealed class Poison_rows : IAsyncLifetime
{
    private readonly RelayFixture _fixture = new();

    [Fact]
    public async Task A_row_failing_every_attempt_is_dead_lettered_and_other_aggregates_go_on()
    {
        var written = await _fixture.WriteAsync("a", "b", "a", "c");
        _fixture.Publisher.FailNext(written[0].Meta.EventId, times: int.MaxValue);

        await _fixture.StartRelayAsync(configure: o => o.MaxAttempts = 2);
        await Eventually.HoldsAsync(async () => (await _fixture.RowsAsync())[0].Attempts, a => a == 1);
        _fixture.Clock.Advance(TimeSpan.FromSeconds(1));

        var dead = await Eventually.HoldsAsync(async () => (await _fixture.RowsAsync())[0], r => r.DeadAt is not null);
        Assert.NotNull(dead.DeadAt);
        Assert.Equal(2, dead.Attempts);
        Assert.Null(dead.SentAt);
        var published = await Eventually.HoldsAsync(() => Task.FromResult(_fixture.Publisher.Published), p => p.Count == 2);
        Assert.Equal([written[1].Meta.EventId, written[3].Meta.EventId], published.Select(e => e.Meta.EventId));
        // The later row of the dead row's aggregate waits behind it, so order per aggregate holds.
        Assert.Null((await _fixture.RowsAsync())[2].SentAt);
    }

    [Fact]
    public async Task Rows_waiting_behind_a_dead_row_do_not_fill_the_batch()
    {
        var written = await _fixture.WriteAsync("a", "a", "a", "a", "b");
        _fixture.Publisher.FailNext(written[0].Meta.EventId, times: int.MaxValue);

        await _fixture.StartRelayAsync(configure: o => (o.MaxAttempts, o.BatchSize) = (1, 3));

        var published = await Eventually.HoldsAsync(() => Task.FromResult(_fixture.Publisher.Published), p => p.Count == 1);
        Assert.Equal(written[4].Meta.EventId, Assert.Single(published).Meta.EventId);
        Assert.NotNull((await _fixture.RowsAsync())[0].DeadAt);
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _fixture.DisposeAsync();
}
