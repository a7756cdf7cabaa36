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
    /// <summary>
    /// A conditional update, not read-modify-write: two versions applied at once by concurrent transactions (replicas,
    /// a redelivery) can only move the copy forward. Two first registrations collide on the key; the consumer retries.
    /// </summary>
    public static async Task ApplyAsync(DbContext db, EventMeta meta, UnitState state, CancellationToken ct)
    {
        var replicas = db.Set<UnitReplica>();
        var updated = await replicas.Where(u => u.UnitId == state.UnitId && u.Version < meta.Version).ExecuteUpdateAsync(s => s
            .SetProperty(u => u.Name, state.Name).SetProperty(u => u.ShortName, state.ShortName).SetProperty(u => u.Kind, state.Kind)
            .SetProperty(u => u.JurisdictionId, state.JurisdictionId).SetProperty(u => u.JurisdictionPath, state.JurisdictionPath)
            .SetProperty(u => u.Version, meta.Version).SetProperty(u => u.UpdatedAt, meta.OccurredAt), ct);
        if (updated > 0 || await replicas.AnyAsync(u => u.UnitId == state.UnitId, ct))
            return; // applied, or a stale update that arrived late
        replicas.Add(new UnitReplica
        {
            UnitId = state.UnitId, Name = state.Name, ShortName = state.ShortName, Kind = state.Kind, JurisdictionId = state.JurisdictionId,
            JurisdictionPath = state.JurisdictionPath, Version = meta.Version, UpdatedAt = meta.OccurredAt,
        });
    }
}
