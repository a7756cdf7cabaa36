using MassTransit;
using Microsoft.EntityFrameworkCore;
using Rectify.Contracts;
using Rectify.Contracts.Reporting;
using Rectify.ServiceDefaults.Data;
using Rectify.ServiceDefaults.Messaging.Inbox;

namespace Rectify.ServiceDefaults.Messaging.Republish;

/// <summary>
/// Answers reporting's <see cref="ReadModelRebuildRequested"/> by republishing the service's current state
/// through its outbox, one page per transaction so a large service never holds one huge transaction, then
/// announces <see cref="ReadModelStateRepublished"/> in the transaction that writes the inbox row.
/// A crash half-way leaves no inbox row: the redelivery starts again from the first page, which is harmless
/// because every republished event carries the current version (consumers ignore what they already have).
/// Two replicas receiving the same request both republish (harmless again); only one inbox row commits.
/// </summary>
public abstract class StateRepublisher<TContext>(TContext db, TimeProvider time) : IConsumer<ReadModelRebuildRequested>
    where TContext : ServiceDbContext
{
    public const int DefaultPageSize = 500;

    protected TContext Db => db;
    protected TimeProvider Time => time;

    /// <summary>The name reporting shows for this service ("units", "findings", "tasks").</summary>
    protected abstract string Service { get; }

    /// <summary>Rows read per transaction.</summary>
    public int PageSize { get; init; } = DefaultPageSize;

    /// <summary>Queues (with <c>Db.Publish</c>) the events of the page starting at <paramref name="skip"/>, in a stable order; returns how many rows the page held and how many events it queued.</summary>
    protected abstract Task<(int Rows, int Events)> PageAsync(int skip, int take, string? actor, CancellationToken ct);

    /// <summary>A new event id with the given version; the actor is the administrator who asked for the rebuild.</summary>
    protected EventMeta Meta(long version, string? actor, DateTimeOffset? occurredAt = null) =>
        EventMeta.New(version, actor, occurredAt ?? time.GetUtcNow());

    public Task Consume(ConsumeContext<ReadModelRebuildRequested> context) => RepublishAsync(context.Message, context.CancellationToken);

    /// <summary>Republishes everything and announces it, unless this request was handled already; returns the events queued (0 when it was).</summary>
    public async Task<int> RepublishAsync(ReadModelRebuildRequested request, CancellationToken ct)
    {
        var consumer = GetType().FullName!;
        if (await db.InboxMessages.AnyAsync(m => m.MessageId == request.Meta.EventId && m.Consumer == consumer, ct))
            return 0;

        var events = 0;
        // Rows are never deleted (withdrawal is a flag), so offsets only move when rows are added: a row added
        // during the replay is published live anyway, and one seen twice is harmless.
        for (var skip = 0; ; skip += PageSize)
        {
            var (rows, queued) = await db.InTransactionAsync(c => PageAsync(skip, PageSize, request.Meta.Actor, c), ct);
            db.ChangeTracker.Clear();
            events += queued;
            if (rows < PageSize)
                break;
        }

        var announced = await db.InTransactionAsync(async c =>
        {
            if (await db.InboxMessages.AnyAsync(m => m.MessageId == request.Meta.EventId && m.Consumer == consumer, c))
                return false;
            db.Publish(new ReadModelStateRepublished(Meta(1, request.Meta.Actor), request.RequestId, Service, events));
            db.InboxMessages.Add(new InboxMessage { MessageId = request.Meta.EventId, Consumer = consumer, ProcessedAt = time.GetUtcNow() });
            return true;
        }, ct);
        if (!announced)
            return 0;
        return events;
    }
}
