using Microsoft.EntityFrameworkCore;

namespace Rectify.ServiceDefaults.Messaging.Outbox;

/// <summary>Takes or renews the database's relay lease with one conditional update.</summary>
internal static class OutboxLeaseClaim
{
    private const string LeaseName = "relay";

    public static async Task<bool> TryClaimAsync(
        DbContext db, string holder, DateTimeOffset now, TimeSpan duration, CancellationToken ct)
    {
        var leases = db.Set<OutboxLease>();
        var expiresAt = now + duration;
        var claimed = await leases
            .Where(l => l.Name == LeaseName && (l.Holder == holder || l.ExpiresAt <= now))
            .ExecuteUpdateAsync(s => s.SetProperty(l => l.Holder, holder).SetProperty(l => l.ExpiresAt, expiresAt), ct);
        if (claimed == 1)
            return true;
        if (await leases.AnyAsync(l => l.Name == LeaseName, ct))
            return false;
        try
        {
            leases.Add(new OutboxLease { Name = LeaseName, Holder = holder, ExpiresAt = expiresAt });
            await db.SaveChangesAsync(ct);
            return true;
        }
        catch (DbUpdateException)
        {
            // Another instance inserted the row first; it holds the lease now.
            db.ChangeTracker.Clear();
            return false;
        }
    }

    /// <summary>Hands the lease back on a clean stop, so a restarted instance publishes at once.</summary>
    public static Task ReleaseAsync(DbContext db, string holder, DateTimeOffset now, CancellationToken ct) =>
        db.Set<OutboxLease>()
            .Where(l => l.Name == LeaseName && l.Holder == holder)
            .ExecuteUpdateAsync(s => s.SetProperty(l => l.ExpiresAt, now), ct);
}
