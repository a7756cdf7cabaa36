using Microsoft.EntityFrameworkCore;
using Rectify.Contracts;
using Rectify.Contracts.Reporting;
using Rectify.Reporting.Infrastructure;
using Rectify.ServiceDefaults.Auth;
using Rectify.ServiceDefaults.Data;
using Rectify.ServiceDefaults.Replicas;

namespace Rectify.Reporting.Rebuild;

public sealed record RebuildServiceView(string Service, int Count, DateTimeOffset FinishedAt);

public sealed record RebuildView(Guid Id, string? RequestedBy, DateTimeOffset RequestedAt, string State, DateTimeOffset? CompletedAt,
    IReadOnlyList<RebuildServiceView> Finished, IReadOnlyList<string> Waiting, int Events);

/// <summary>
/// Starts a rebuild: in one transaction it empties every table fed by the owning services' events, records
/// the run and queues <see cref="ReadModelRebuildRequested"/> in the outbox, so either all of it happens or
/// nothing does. Notices and snapshots are reporting's own and stay. Replicas share the database, so a
/// consumer on another replica either committed before the wipe (and is wiped) or commits after it (and its
/// newer version wins over the replay).
/// </summary>
public sealed class RebuildBook(ReportingDbContext db, UnitScope scope, TimeProvider time)
{
    public async Task<RebuildView> StartAsync(CancellationToken ct)
    {
        var now = time.GetUtcNow();
        var run = new RebuildRun { Id = Guid.CreateVersion7(), RequestedBy = scope.Actor, RequestedAt = now };
        await db.InTransactionAsync(async c =>
        {
            await db.ProgressNotes.ExecuteDeleteAsync(c);
            await db.Tasks.ExecuteDeleteAsync(c);
            await db.TaskSums.ExecuteDeleteAsync(c);
            await db.FigureBasis.ExecuteUpdateAsync(s => s.SetProperty(b => b.Today, (DateOnly?)null), c);
            await db.FindingTags.ExecuteDeleteAsync(c);
            await db.Findings.ExecuteDeleteAsync(c);
            await db.ReportedPeriods.ExecuteDeleteAsync(c);
            await db.ReportObligations.ExecuteDeleteAsync(c);
            await db.Inspections.ExecuteDeleteAsync(c);
            await db.PersonNames.ExecuteDeleteAsync(c);
            await db.UnitContacts.ExecuteDeleteAsync(c);
            await db.Set<UnitReplica>().ExecuteDeleteAsync(c);
            // Counts UnitRegistered events: the republished ones count each unit again from zero.
            await db.Counters.ExecuteDeleteAsync(c);
            db.RebuildRuns.Add(run);
            db.Publish(new ReadModelRebuildRequested(EventMeta.New(1, scope.Actor, now), run.Id));
        }, ct);
        return View(run);
    }

    public async Task<RebuildView?> GetAsync(Guid id, CancellationToken ct)
    {
        var run = await db.RebuildRuns.AsNoTracking().Include(r => r.Services).FirstOrDefaultAsync(r => r.Id == id, ct);
        return run is null ? null : View(run);
    }

    public async Task<IReadOnlyList<RebuildView>> ListAsync(CancellationToken ct)
    {
        var runs = await db.RebuildRuns.AsNoTracking().Include(r => r.Services).ToListAsync(ct);
        return [.. runs.OrderByDescending(r => r.RequestedAt).Take(20).Select(View)];
    }

    private static RebuildView View(RebuildRun r)
    {
        var done = RebuildStates.OwningServices.All(s => r.Services.Any(p => p.Service == s));
        return new(r.Id, r.RequestedBy, r.RequestedAt, done ? RebuildStates.Completed : RebuildStates.Running,
            done ? r.Services.Max(s => s.FinishedAt) : null,
        [.. r.Services.OrderBy(s => s.FinishedAt).Select(s => new RebuildServiceView(s.Service, s.Count, s.FinishedAt))],
        [.. RebuildStates.OwningServices.Where(s => r.Services.All(p => p.Service != s))],
        r.Services.Sum(s => s.Count));
    }
}
