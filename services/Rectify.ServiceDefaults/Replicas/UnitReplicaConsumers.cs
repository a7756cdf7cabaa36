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
        UnitReplicas.ApplyAsync(Db, message.Meta, new UnitState(message.UnitId, message.Name, message.ShortName, message.Kind, message.JurisdictionId, message.JurisdictionPath), ct);
}

public sealed class UnitUpdatedReplicaConsumer<TContext>(TContext db, TimeProvider time)
    : IdempotentConsumer<TContext, UnitUpdated>(db, time) where TContext : ServiceDbContext
{
    protected override Task HandleAsync(UnitUpdated message, CancellationToken ct) =>
        UnitReplicas.ApplyAsync(Db, message.Meta, new UnitState(message.UnitId, message.Name, message.ShortName, message.Kind, message.JurisdictionId, message.JurisdictionPath), ct);
}

internal sealed record UnitState(Guid UnitId, string Name, string ShortName, string Kind, Guid JurisdictionId, string JurisdictionPath);

internal static class UnitReplicas
{
    public static async Task ApplyAsync(DbContext db, EventMeta meta, UnitState state, CancellationToken ct)
    {
        var replica = await db.Set<UnitReplica>().FindAsync([state.UnitId], ct);
        if (replica is null)
        {
            replica = new UnitReplica { UnitId = state.UnitId, Name = "", ShortName = "", Kind = "", JurisdictionPath = "", Version = -1 };
            db.Set<UnitReplica>().Add(replica);
        }
        if (meta.Version <= replica.Version)
            return; // a stale update that arrived late
        replica.Name = state.Name;
        replica.ShortName = state.ShortName;
        replica.Kind = state.Kind;
        replica.JurisdictionId = state.JurisdictionId;
        replica.JurisdictionPath = state.JurisdictionPath;
        replica.Version = meta.Version;
        replica.UpdatedAt = meta.OccurredAt;
    }
}
