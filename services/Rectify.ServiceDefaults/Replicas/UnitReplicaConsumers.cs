using Microsoft.EntityFrameworkCore;
using Rectify.Contracts;
using Rectify.Contracts.Units;
using Rectify.ServiceDefaults.Data;
using Rectify.ServiceDefaults.Messaging.Inbox;

namespace Rectify.ServiceDefaults.Replicas;

public sealed class UnitRegisteredReplicaConsumer<TContext>(TContext db, TimeProvider time)
    : IdempotentConsumer<TContext, UnitRegistered>(db, time) where TContext : ServiceDbContext
{
    protected override Task HandleAsync(UnitRegistered message, CancellationToken ct) =>
        UnitReplicas.ApplyAsync(Db, message.Meta, message.UnitId, message.Name, message.ShortName, message.Kind, ct);
}

public sealed class UnitUpdatedReplicaConsumer<TContext>(TContext db, TimeProvider time)
    : IdempotentConsumer<TContext, UnitUpdated>(db, time) where TContext : ServiceDbContext
{
    protected override Task HandleAsync(UnitUpdated message, CancellationToken ct) =>
        UnitReplicas.ApplyAsync(Db, message.Meta, message.UnitId, message.Name, message.ShortName, message.Kind, ct);
}

internal static class UnitReplicas
{
    public static async Task ApplyAsync(
        DbContext db, EventMeta meta, Guid unitId, string name, string shortName, string kind, CancellationToken ct)
    {
        var replica = await db.Set<UnitReplica>().FindAsync([unitId], ct);
        if (replica is null)
        {
            db.Set<UnitReplica>().Add(new UnitReplica
            {
                UnitId = unitId, Name = name, ShortName = shortName, Kind = kind, Version = meta.Version, UpdatedAt = meta.OccurredAt,
            });
            return;
        }
        if (meta.Version <= replica.Version)
            return; // a stale update that arrived late
        replica.Name = name;
        replica.ShortName = shortName;
        replica.Kind = kind;
        replica.Version = meta.Version;
        replica.UpdatedAt = meta.OccurredAt;
    }
}
