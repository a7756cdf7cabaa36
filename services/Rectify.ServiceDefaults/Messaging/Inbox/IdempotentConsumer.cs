using MassTransit;
using Microsoft.EntityFrameworkCore;
using Rectify.Contracts;
using Rectify.ServiceDefaults.Data;

namespace Rectify.ServiceDefaults.Messaging.Inbox;

/// <summary>
/// Applies a message at most once: the inbox row and the consumer's own changes (and any events it
/// queues in its outbox) commit in one transaction. A redelivery finds the row and does nothing; two
/// concurrent deliveries collide on the inbox key, and the loser's retry then finds the row.
/// </summary>
public abstract class IdempotentConsumer<TContext, TMessage>(TContext db, TimeProvider time) : IConsumer<TMessage>
    where TContext : ServiceDbContext
    where TMessage : class, IIntegrationEvent
{
    protected TContext Db => db;

    public virtual async Task Consume(ConsumeContext<TMessage> context)
    {
        var messageId = context.Message.Meta.EventId;
        var consumer = ConsumerName(GetType());
        var ct = context.CancellationToken;

        await db.InTransactionAsync(async c =>
        {
            if (await db.InboxMessages.AnyAsync(m => m.MessageId == messageId && m.Consumer == consumer, c))
                return;
            await HandleAsync(context.Message, c);
            db.InboxMessages.Add(new InboxMessage { MessageId = messageId, Consumer = consumer, ProcessedAt = time.GetUtcNow() });
        }, ct);
    }

    /// <summary>
    /// The inbox key's consumer part (at most 200 characters): the type's full name, but a generic one's
    /// arguments without their assembly, whose version and key would push the shared replica consumers
    /// (<c>UnitRegisteredReplicaConsumer`1[[…NotificationsDbContext, Rectify.Notifications, Version=…]]</c>)
    /// past the column, which SQLite never enforced and PostgreSQL and SQL Server do.
    /// </summary>
    internal static string ConsumerName(Type type) =>
        type.IsGenericType
            ? $"{type.Namespace}.{type.Name}[{string.Join(",", type.GetGenericArguments().Select(a => a.FullName))}]"
            : type.FullName!;

    /// <summary>Applies the message to the service's own data; do not call SaveChanges.</summary>
    protected abstract Task HandleAsync(TMessage message, CancellationToken cancellationToken);
}
