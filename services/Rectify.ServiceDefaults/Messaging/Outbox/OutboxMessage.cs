using System.Diagnostics;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Rectify.Contracts;

namespace Rectify.ServiceDefaults.Messaging.Outbox;

/// <summary>An event waiting to be published, stored with the state change that caused it.</summary>
public sealed class OutboxMessage
{
    /// <summary>Insertion order; the relay publishes in this order.</summary>
    public long Id { get; set; }
    public Guid MessageId { get; set; }
    public required string MessageType { get; set; }
    public required string Body { get; set; }
    public required string AggregateKey { get; set; }
    public DateTimeOffset OccurredAt { get; set; }
    /// <summary>W3C traceparent of the request that wrote the event, so the trace continues past the relay.</summary>
    public string? TraceParent { get; set; }
    public int Attempts { get; set; }
    public DateTimeOffset? NextAttemptAt { get; set; }
    public DateTimeOffset? SentAt { get; set; }
    public string? LastError { get; set; }
    /// <summary>
    /// Set when the row failed <c>Outbox:MaxAttempts</c> times: the relay stops trying it, and later
    /// rows of the same aggregate wait behind it until an operator clears it (see docs/security.md).
    /// </summary>
    public DateTimeOffset? DeadAt { get; set; }

    public static OutboxMessage From(IIntegrationEvent integrationEvent)
    {
        var type = integrationEvent.GetType();
        return new OutboxMessage
        {
            MessageId = integrationEvent.Meta.EventId,
            MessageType = type.FullName!,
            Body = JsonSerializer.Serialize(integrationEvent, type, MessageJson.Options),
            AggregateKey = integrationEvent.AggregateKey,
            OccurredAt = integrationEvent.Meta.OccurredAt,
            TraceParent = Activity.Current?.Id,
        };
    }
}

internal sealed class OutboxMessageConfiguration : IEntityTypeConfiguration<OutboxMessage>
{
    public void Configure(EntityTypeBuilder<OutboxMessage> builder)
    {
        builder.ToTable("outbox_messages");
        builder.HasKey(m => m.Id);
        builder.HasIndex(m => m.MessageId).IsUnique();
        builder.HasIndex(m => new { m.SentAt, m.Id });
        builder.HasIndex(m => new { m.DeadAt, m.AggregateKey });
        builder.Property(m => m.MessageType).HasMaxLength(300);
        builder.Property(m => m.AggregateKey).HasMaxLength(200);
        builder.Property(m => m.TraceParent).HasMaxLength(100);
        builder.Property(m => m.LastError).HasMaxLength(2000);
    }
}
