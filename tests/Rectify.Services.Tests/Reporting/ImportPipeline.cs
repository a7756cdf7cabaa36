using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Rectify.Contracts;
using Rectify.Contracts.Units;
using Rectify.ServiceDefaults.Data;
using Rectify.ServiceDefaults.Messaging;
using Rectify.Findings.Infrastructure;
using Rectify.Reporting.Infrastructure;
using Rectify.ServiceDefaults.Messaging.Inbox;
using Rectify.ServiceDefaults.Messaging.Outbox;
using Rectify.Tasks.Infrastructure;
using Rectify.Services.Tests.Findings;
using Rectify.Services.Tests.Support;
using Rectify.Services.Tests.Tasks;

namespace Rectify.Services.Tests.Reporting;

/// <summary>
/// The findings, tasks and reporting services wired by hand as the bus would: a notice is imported
/// through the findings API, the findings outbox is delivered to the tasks service and to reporting,
/// and the tasks outbox to reporting. Each delivery waits until every event reached each consumer.
/// </summary>
public sealed class ImportPipeline : IDisposable
{
    public FindingsHost Findings { get; } = new();
    public TasksHost Tasks { get; } = new();
    public ReportingHost Reporting { get; } = new();

    private long _findingsSent;
    private long _tasksSent;

    /// <summary>Registers the unit in all three services as the units service would, with its contact line.</summary>
    public async Task<Guid> UnitAsync(string name, string path, ContactLine contact)
    {
        var unit = new UnitRegistered(EventMeta.New(1, "test", DateTimeOffset.UtcNow), Guid.NewGuid(), name, name, "党组", Guid.NewGuid(), path, contact);
        await DeliverAsync<FindingsDbContext>(Findings.Harness.Bus, [unit], Findings.Db);
        await DeliverAsync<TasksDbContext>(Tasks.Harness.Bus, [unit], Tasks.Db);
        await DeliverAsync<ReportingDbContext>(Reporting.Harness.Bus, [unit], Reporting.Db);
        return unit.UnitId;
    }

    /// <summary>Imports the corpus file through the findings API and delivers what it and the tasks service publish; the commit's body.</summary>
    public async Task<ImportResult> ImportAsync(string corpusFile, Guid unit)
    {
        var commit = await NoticeImports.ImportAsync(Findings.As(FindingsHost.FuzhouOffice), corpusFile, unit);
        var result = (await System.Net.Http.Json.HttpContentJsonExtensions.ReadFromJsonAsync<ImportResult>(commit.Content))!;
        var fromFindings = await OutboxAsync<FindingsDbContext>(Findings.Db, () => _findingsSent, n => _findingsSent = n);
        await DeliverAsync<TasksDbContext>(Tasks.Harness.Bus, fromFindings, Tasks.Db);
        await DeliverAsync<ReportingDbContext>(Reporting.Harness.Bus, fromFindings, Reporting.Db);
        // Each imported item is one task, planned with its history and state in one transaction with its events.
        await Eventually.HoldsAsync(() => Tasks.Db(db => db.Tasks.CountAsync(t => t.InspectionId == result.InspectionId)), n => n == result.Tasks);
        var fromTasks = await OutboxAsync<TasksDbContext>(Tasks.Db, () => _tasksSent, n => _tasksSent = n);
        await DeliverAsync<ReportingDbContext>(Reporting.Harness.Bus, fromTasks, Reporting.Db);
        return result;
    }

    public sealed record ImportResult(Guid ImportId, Guid InspectionId, int Findings, int Tasks);

    /// <summary>The service's outbox rows written since the last call, as the events the relay publishes.</summary>
    private static async Task<List<IIntegrationEvent>> OutboxAsync<TContext>(Func<Func<TContext, Task<List<OutboxMessage>>>, Task<List<OutboxMessage>>> db,
        Func<long> after, Action<long> seen) where TContext : ServiceDbContext
    {
        var from = after();
        var rows = await db(c => c.OutboxMessages.AsNoTracking().Where(m => m.Id > from).OrderBy(m => m.Id).ToListAsync());
        if (rows.Count > 0)
            seen(rows[^1].Id);
        return [.. rows.Select(r => (IIntegrationEvent)JsonSerializer.Deserialize(r.Body, typeof(IIntegrationEvent).Assembly.GetType(r.MessageType, throwOnError: true)!,
            MessageJson.Options)!)];
    }

    /// <summary>Publishes the events and waits until each consumer of the receiving service has committed each one it consumes.</summary>
    private static async Task DeliverAsync<TContext>(MassTransit.IBus bus, IReadOnlyList<IIntegrationEvent> events,
        Func<Func<TContext, Task<int>>, Task<int>> db) where TContext : ServiceDbContext
    {
        var consumers = ConsumersOf(typeof(TContext));
        var ids = events.Select(e => e.Meta.EventId).ToList();
        var expected = events.Sum(e => consumers.GetValueOrDefault(e.GetType()));
        foreach (var e in events)
            await bus.Publish(e, e.GetType());
        var received = await Eventually.HoldsAsync(() => db(c => c.InboxMessages.CountAsync(m => ids.Contains(m.MessageId))), n => n >= expected,
            TimeSpan.FromSeconds(120));
        if (received < expected)
        {
            var missing = new List<string>();
            foreach (var e in events.Where(e => consumers.ContainsKey(e.GetType())))
                if (await db(c => c.InboxMessages.CountAsync(m => m.MessageId == e.Meta.EventId)) < consumers[e.GetType()])
                    missing.Add(e.GetType().Name);
            Assert.Fail($"{typeof(TContext).Name}: {received} of {expected} deliveries committed; none for {string.Join(", ", missing)}");
        }
    }

    /// <summary>How many inbox consumers the service has per event type.</summary>
    private static Dictionary<Type, int> ConsumersOf(Type context) =>
        context.Assembly.GetTypes().Where(t => !t.IsAbstract)
            .Select(t => BaseOf(t))
            .Where(b => b is not null && b.GetGenericArguments()[0] == context)
            .GroupBy(b => b!.GetGenericArguments()[1]).ToDictionary(g => g.Key, g => g.Count());

    private static Type? BaseOf(Type t)
    {
        for (var b = t.BaseType; b is not null; b = b.BaseType)
            if (b.IsGenericType && b.GetGenericTypeDefinition() == typeof(IdempotentConsumer<,>))
                return b;
        return null;
    }

    public void Dispose()
    {
        Reporting.Dispose();
        Tasks.Dispose();
        Findings.Dispose();
    }
}
