using Microsoft.EntityFrameworkCore;
using Rectify.Contracts;
using Rectify.Contracts.Tasks;
using Rectify.Services.Tests.Support;
using static Rectify.Services.Tests.Reporting.FigureWorld;
using static Rectify.Services.Tests.Reporting.ReportingEvents;

namespace Rectify.Services.Tests.Reporting;

/// <summary>
/// Reporting runs as several replicas on one database. Two hosts share it and take task events of one
/// inspection at the same time, as competing consumers on one queue would: every event counts once in the
/// kept sums, whichever replica applied it and however their transactions collided.
/// </summary>
public abstract class Two_replicas(TestProvider provider) : IAsyncLifetime
{
    private readonly ReportingHost _first = new(provider: provider);
    private ReportingHost _second = null!;

    public async Task InitializeAsync()
    {
        await FeedAsync(_first);
        _second = new ReportingHost(replicaOf: _first);
        _ = _second.Harness; // starts the second replica on the shared database
    }

    public Task DisposeAsync()
    {
        _second.Dispose();
        _first.Dispose();
        return Task.CompletedTask;
    }

    [Fact]
    public async Task Count_every_task_event_once_in_the_kept_sums()
    {
        const int tasks = 120;
        var before = await _first.Db(db => db.InboxMessages.LongCountAsync());
        var snapshots = Enumerable.Range(0, tasks)
            .Select(i => TaskOf(Guid.NewGuid(), FA2, IA, A, "/p/fz/kj/", "in_progress", D(7, 1).AddDays(i % 30))).ToList();
        await Task.WhenAll(
            PublishAsync(_first, snapshots.Where((_, i) => i % 2 == 0).Select(s => (IIntegrationEvent)Planned(s))),
            PublishAsync(_second, snapshots.Where((_, i) => i % 2 == 1).Select(s => (IIntegrationEvent)Planned(s))));
        await WaitForInboxAsync(before + tasks);
        // Closing every third one, from the other replica than planned it.
        var closing = snapshots.Where((_, i) => i % 3 == 0).ToList();
        await Task.WhenAll(
            PublishAsync(_second, closing.Where((_, i) => i % 2 == 0).Select(s => (IIntegrationEvent)new TaskClosed(Meta(2), s with { State = "closed", ClosedOn = D(6, 14) }, null))),
            PublishAsync(_first, closing.Where((_, i) => i % 2 == 1).Select(s => (IIntegrationEvent)new TaskClosed(Meta(2), s with { State = "closed", ClosedOn = D(6, 14) }, null))));
        await WaitForInboxAsync(before + tasks + closing.Count);

        var kept = await _first.Db(db => db.TaskSums.AsNoTracking().SingleAsync(s => s.UnitId == A && s.InspectionId == IA && s.Category == Rectify.Reporting.Model.TaskSums.All));
        var counted = await _first.Db(async db =>
        {
            var rows = await db.Tasks.AsNoTracking().Where(t => t.UnitId == A && t.InspectionId == IA && !t.Withdrawn).ToListAsync();
            return (Total: rows.Count, Closed: rows.Count(t => t.IsClosed));
        });
        Assert.Equal((5 + tasks, 2 + closing.Count), (counted.Total, counted.Closed));
        Assert.Equal((counted.Total, counted.Closed), (kept.Total, kept.Closed));
    }

    private static async Task PublishAsync(ReportingHost host, IEnumerable<IIntegrationEvent> events)
    {
        foreach (var e in events)
            await host.Harness.Bus.Publish(e, e.GetType());
    }

    private Task WaitForInboxAsync(long rows) =>
        Eventually.HoldsAsync(() => _first.Db(db => db.InboxMessages.LongCountAsync()), n => n >= rows, TimeSpan.FromSeconds(120));
}

public sealed class Two_replicas_on_SQLite() : Two_replicas(TestProvider.Sqlite);

/// <summary>Concurrent transactions with row locks, which SQLite's single writer never produces.</summary>
public sealed class Two_replicas_on_PostgreSQL() : Two_replicas(TestProvider.Postgres);
