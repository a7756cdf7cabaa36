using System.Net.Http.Json;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using Rectify.Contracts;
using Rectify.Contracts.Reporting;
using Rectify.Contracts.Units;
using Rectify.Services.Tests.Support;
using Rectify.Services.Tests.Tasks;

namespace Rectify.Services.Tests.Reporting;

/// <summary>
/// The tasks service's real replay fed to a reporting that was emptied, with a live change overtaking it:
/// the figures equal those of a reporting that received only the live events and never lost anything.
/// </summary>
public sealed class Rebuilding_from_the_tasks_service : IAsyncLifetime
{
    private readonly TasksHost _tasks = new();
    private readonly ReportingHost _reporting = new();
    private readonly ReportingHost _control = new();
    private TaskWorld _world = null!;

    // What reporting consumes, so only those events are fed (the tasks service also publishes evidence events).
    private static readonly HashSet<Type> Consumed = [.. typeof(Rectify.Reporting.ReportingModule).Assembly.GetTypes()
        .SelectMany(t => t.GetInterfaces()).Where(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IConsumer<>))
        .Select(i => i.GetGenericArguments()[0]).Where(t => t != typeof(ReadModelStateRepublished))];

    public async Task InitializeAsync() => _world = await TaskWorld.CreateAsync(_tasks);

    public Task DisposeAsync()
    {
        _tasks.Dispose();
        _reporting.Dispose();
        _control.Dispose();
        return Task.CompletedTask;
    }

    /// <summary>Waits until the tasks service's outbox has sent everything it holds, then lists what it published.</summary>
    private async Task<List<IIntegrationEvent>> SettledAsync()
    {
        Assert.Equal(0, await Eventually.HoldsAsync(() => _tasks.Db(db => db.OutboxMessages.CountAsync(m => m.SentAt == null)), n => n == 0));
        var sent = await _tasks.Db(db => db.OutboxMessages.CountAsync());
        var published = await Eventually.HoldsAsync(
            () => Task.FromResult(_tasks.Harness.Published.Select<IIntegrationEvent>().Count(p => p.Context.Message.Meta.Actor != "test")), n => n >= sent);
        Assert.True(published >= sent, $"{published} of the {sent} events in the outbox reached the bus");
        return PublishedSoFar();
    }

    private List<IIntegrationEvent> PublishedSoFar() =>
        [.. _tasks.Harness.Published.Select<IIntegrationEvent>().Select(p => p.Context.Message).Where(m => Consumed.Contains(m.GetType()))];

    [Fact]
    public async Task The_replay_with_a_live_change_overtaking_it_converges()
    {
        var planned = await _world.PlanAsync();
        var inProgress = await _world.TaskInAsync("in_progress");
        await _world.TaskInAsync("closed");
        (await _world.Coordinator.PostAsJsonAsync($"/api/tasks/{inProgress}/outcomes",
            new { figures = new object[] { new { kind = "rule_made", title = "党组议事规则" }, new { kind = "talk", talkKind = "约谈", people = 3, batches = 1 } } }))
            .EnsureSuccessStatusCode();
        var initial = await SettledAsync();
        await _reporting.FeedAsync([.. initial]);

        var wipe = await _reporting.As("admin|*").PostAsync("/api/reports/admin/rebuild", null);
        wipe.EnsureSuccessStatusCode();
        var request = new ReadModelRebuildRequested(EventMeta.New(1, "admin-1", DateTimeOffset.UtcNow), Guid.NewGuid());
        await _tasks.Harness.Bus.Publish(request);
        await _tasks.PublishedAsync<ReadModelStateRepublished>(l => l.Any(m => m.RequestId == request.RequestId));
        var replay = (await SettledAsync()).Where(e => e.Meta.Actor == "admin-1").ToList();
        Assert.Contains(replay, e => e is Rectify.Contracts.Tasks.OutcomeRecorded);

        // After the replay was read, the planned task gets its first progress report: a higher version.
        (await _world.Coordinator.PostAsJsonAsync($"/api/tasks/{planned}/progress", TaskWorld.Progress("已制定整改方案"))).EnsureSuccessStatusCode();
        var live = (await SettledAsync()).Where(e => e.Meta.Actor != "admin-1").Skip(initial.Count).ToList();
        Assert.Single(live.OfType<Rectify.Contracts.Tasks.TaskProgressReported>());

        // The directory and the tree come back as units and findings would replay them; the live change overtakes the tasks' replay.
        var directoryAndTree = initial.Where(e => e.Meta.Actor == "test").Select(Again).ToList();
        await _reporting.FeedAsync([.. directoryAndTree]);
        await _reporting.FeedAsync([.. live]);
        await _reporting.FeedAsync([.. replay]);
        await _control.FeedAsync([.. initial]);
        await _control.FeedAsync([.. live]);

        Assert.Equal(await Figures(_control), await Figures(_reporting));
    }

    // A replayed copy: same content and version, a new event id.
    private static IIntegrationEvent Again(IIntegrationEvent e) => e switch
    {
        UnitRegistered u => u with { Meta = u.Meta with { EventId = Guid.NewGuid() } },
        PersonRegistered p => p with { Meta = p.Meta with { EventId = Guid.NewGuid() } },
        Rectify.Contracts.Findings.InspectionRegistered i => i with { Meta = i.Meta with { EventId = Guid.NewGuid() } },
        Rectify.Contracts.Findings.FindingRecorded f => f with { Meta = f.Meta with { EventId = Guid.NewGuid() } },
        _ => throw new ArgumentException(e.GetType().Name),
    };

    private async Task<string> Figures(ReportingHost host)
    {
        var office = host.As(TasksHost.FuzhouOffice);
        return string.Join("\n",
            await office.GetStringAsync("/api/reports/dashboard?sort=name"),
            await office.GetStringAsync($"/api/reports/inspections/{_world.Inspection}"),
            await office.GetStringAsync("/api/reports/items?figure=total&take=500"),
            await office.GetStringAsync("/api/reports/items?figure=no_recent_progress&take=500"));
    }
}
