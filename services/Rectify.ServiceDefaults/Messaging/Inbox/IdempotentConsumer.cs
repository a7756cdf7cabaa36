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
        var consumer = InboxKey.Of(GetType());
        var ct = context.CancellationToken;

        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await db.InTransactionAsync(async c =>
                {
                    if (await db.InboxMessages.AnyAsync(m => m.MessageId == messageId && m.Consumer == consumer, c))
                        return;
                    await HandleAsync(context.Message, c);
                    db.InboxMessages.Add(new InboxMessage { MessageId = messageId, Consumer = consumer, ProcessedAt = time.GetUtcNow() });
                }, ct);
                return;
            }
            catch (DbUpdateException) when (attempt < CollisionAttempts)
            {
                // On a server database a concurrent transaction inserted the same key first: this message from another
                // delivery (its inbox row), or a row both created. Once it has committed, the next attempt sees it.
                db.ChangeTracker.Clear();
            }
        }
    }

    private const int CollisionAttempts = 3;

    /// <summary>Applies the message to the service's own data; do not call SaveChanges.</summary>
    protected abstract Task HandleAsync(TMessage message, CancellationToken cancellationToken);
}
