using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Rectify.Contracts;
using Rectify.Contracts.Reporting;
using Rectify.Contracts.Tasks;
using Rectify.Tasks.Consumers;
using Rectify.Tasks.Infrastructure;

namespace Rectify.Services.Tests.Tasks;

/// <summary>The tasks service's answer to reporting's rebuild request: its current state, at current versions, then a count.</summary>
public sealed class Republishing_for_a_rebuild : IAsyncLifetime
{
    private readonly TasksHost _host = new();
    private TaskWorld _world = null!;
    private Guid _planned, _inProgress, _closed;

    public async Task InitializeAsync()
    {
        _world = await TaskWorld.CreateAsync(_host);
        _planned = await _world.PlanAsync();
        _inProgress = await _world.TaskInAsync("in_progress");
        _closed = await _world.TaskInAsync("closed");
        var outcome = await _world.Coordinator.PostAsJsonAsync($"/api/tasks/{_inProgress}/outcomes",
            new { figures = new object[] { new { kind = "rule_made", title = "党组议事规则" }, new { kind = "money_returned", amount = 300.5m } } });
        outcome.EnsureSuccessStatusCode();
    }

    public Task DisposeAsync()
    {
        _host.Dispose();
        return Task.CompletedTask;
    }

    private static ReadModelRebuildRequested Request() => new(EventMeta.New(1, "admin-1", DateTimeOffset.UtcNow), Guid.NewGuid());

    [Fact]
    public async Task Every_task_comes_back_at_its_current_version_with_new_ids_then_the_count()
    {
        var before = _host.Harness.Published.Select<TaskPlanned>().Select(p => p.Context.Message.Meta.EventId).ToHashSet();
        var request = Request();
        await _host.Harness.Bus.Publish(request);

        var done = (await _host.PublishedAsync<ReadModelStateRepublished>(l => l.Any(m => m.RequestId == request.RequestId))).Single(m => m.RequestId == request.RequestId);
        Assert.Equal("tasks", done.Service);
        var versions = await _host.Db(db => db.Tasks.ToDictionaryAsync(t => t.Id, t => t.Version));
        var entries = await _host.Db(db => db.ProgressEntries.Select(e => e.Id).ToListAsync());
        var replay = Replayed(request);
        // One TaskPlanned per task, one TaskProgressReported per entry (its own id), one OutcomeRecorded for the task with figures.
        Assert.Equal(versions.Count + entries.Count + 1, done.Count);
        Assert.Equal(done.Count, replay.Count);

        var planned = replay.OfType<TaskPlanned>().ToList();
        Assert.Equal(versions.Keys.Order(), planned.Select(p => p.Task.TaskId).Order());
        Assert.All(replay.Where(e => e is not TaskProgressReported), e => Assert.Equal(versions[TaskOf(e).TaskId], e.Meta.Version));
        Assert.All(replay.OfType<TaskProgressReported>(), e => Assert.Equal(1, e.Meta.Version)); // each task's first entry: its place
        Assert.All(replay, e => Assert.Equal(planned.Single(p => p.Task.TaskId == TaskOf(e).TaskId).Task.State, TaskOf(e).State));
        Assert.All(planned, p => Assert.DoesNotContain(p.Meta.EventId, before));
        Assert.Equal("closed", planned.Single(p => p.Task.TaskId == _closed).Task.State);
        Assert.Equal(entries.Order(), replay.OfType<TaskProgressReported>().Select(p => p.EntryId).Order());
        var totals = replay.OfType<OutcomeRecorded>().Single();
        Assert.Equal((_inProgress, 1, 300.5m), (totals.Task.TaskId, totals.Totals.RulesMade, totals.Totals.MoneyReturned));
        Assert.All(replay, e => Assert.Equal("admin-1", e.Meta.Actor));
    }

    [Fact]
    public async Task Pages_are_separate_transactions_and_a_handled_request_is_not_replayed()
    {
        var request = Request();
        var outboxBefore = await _host.Db(db => db.OutboxMessages.CountAsync());
        using var scope = _host.Services.CreateScope();
        var republisher = new TaskStateRepublisher(scope.ServiceProvider.GetRequiredService<TasksDbContext>(), TimeProvider.System) { PageSize = 1 };

        var count = await republisher.RepublishAsync(request, CancellationToken.None);

        Assert.Equal(3 + 2 + 1, count); // three tasks, two progress entries, one set of outcome totals
        Assert.Equal(outboxBefore + count + 1, await _host.Db(db => db.OutboxMessages.CountAsync()));
        Assert.Equal(0, await republisher.RepublishAsync(request, CancellationToken.None));
        Assert.Equal(outboxBefore + count + 1, await _host.Db(db => db.OutboxMessages.CountAsync()));
    }

    // The live events carry the account id as actor; the replay carries the administrator who asked.
    private List<IIntegrationEvent> Replayed(ReadModelRebuildRequested request) =>
    [
        .. _host.Harness.Published.Select<TaskPlanned>().Select(p => (IIntegrationEvent)p.Context.Message)
            .Concat(_host.Harness.Published.Select<TaskProgressReported>().Select(p => p.Context.Message))
            .Concat(_host.Harness.Published.Select<OutcomeRecorded>().Select(p => p.Context.Message))
            .Where(e => e.Meta.Actor == request.Meta.Actor),
    ];

    private static TaskSnapshot TaskOf(IIntegrationEvent e) => e switch
    {
        TaskPlanned p => p.Task,
        TaskProgressReported p => p.Task,
        OutcomeRecorded o => o.Task,
        _ => throw new ArgumentException(e.GetType().Name),
    };
}
