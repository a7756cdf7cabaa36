using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Rectify.Notifications.Infrastructure;
using Rectify.Notifications.Model;

namespace Rectify.Notifications.Sending;

/// <summary>
/// One sweep: claims due schedules with a lease (a conditional UPDATE, so two instances never hold the
/// same row) and hands each claimed row to <see cref="ScheduleDispatcher"/>. Rows are only ever
/// released or completed, never lost: a crashed instance's claims expire and another takes them.
/// </summary>
public sealed class SweepRunner(IServiceScopeFactory scopes, TimeProvider time, IOptions<SweepOptions> options)
{
    public string Holder { get; init; } = $"{Environment.MachineName}:{Environment.ProcessId}:{Guid.NewGuid():N}";

    /// <returns>How many schedules this sweep claimed.</returns>
    public async Task<int> RunOnceAsync(CancellationToken ct)
    {
        var claimed = await ClaimAsync(ct);
        await Parallel.ForEachAsync(claimed, new ParallelOptions { MaxDegreeOfParallelism = options.Value.Parallelism, CancellationToken = ct },
            async (id, token) =>
            {
                await using var scope = scopes.CreateAsyncScope();
                await scope.ServiceProvider.GetRequiredService<ScheduleDispatcher>().DispatchAsync(id, Holder, token);
            });
        return claimed.Count;
    }

    public async Task<List<long>> ClaimAsync(CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<NotificationsDbContext>();
        var now = time.GetUtcNow();
        var candidates = await Due(db, now).Take(options.Value.BatchSize).Select(s => s.Id).ToListAsync(ct);
        if (candidates.Count == 0)
            return [];
        var expires = now + options.Value.Lease;
        // The WHERE repeats the "free" test: whichever instance updates a row first holds it.
        await db.Schedules
            .Where(s => candidates.Contains(s.Id) && s.State == ScheduleStates.Pending && (s.ClaimedBy == null || s.ClaimExpires < now))
            .ExecuteUpdateAsync(u => u.SetProperty(s => s.ClaimedBy, Holder).SetProperty(s => s.ClaimExpires, expires), ct);
        return await db.Schedules.Where(s => candidates.Contains(s.Id) && s.ClaimedBy == Holder && s.State == ScheduleStates.Pending)
            .Select(s => s.Id).ToListAsync(ct);
    }

    /// <summary>What is due and free: served by the (state, due_at) index.</summary>
    public static IQueryable<Schedule> Due(NotificationsDbContext db, DateTimeOffset now) =>
        db.Schedules.Where(s => s.State == ScheduleStates.Pending && s.DueAt <= now && (s.ClaimedBy == null || s.ClaimExpires < now))
            .OrderBy(s => s.DueAt);
}
