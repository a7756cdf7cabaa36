namespace Rectify.Contracts;

/// <summary>
/// What every integration event carries besides its payload. <see cref="EventId"/> is the
/// idempotency key consumers record in their inbox; <see cref="Version"/> is the aggregate's
/// version after the change, so a consumer can ignore an older update that arrives late.
/// </summary>
public sealed record EventMeta(Guid EventId, DateTimeOffset OccurredAt, string? Actor, long Version)
{
    public static EventMeta New(long version, string? actor, DateTimeOffset occurredAt) =>
        new(Guid.NewGuid(), occurredAt, actor, version);
}
