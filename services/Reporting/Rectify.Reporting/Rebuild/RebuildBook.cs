using Microsoft.EntityFrameworkCore;
using Rectify.Contracts;
using Rectify.Contracts.Reporting;
using Rectify.Reporting.Infrastructure;
using Rectify.ServiceDefaults.Auth;
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
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        await db.ProgressNotes.ExecuteDeleteAsync(ct);
        await db.Tasks.ExecuteDeleteAsync(ct);
        await db.TaskSums.ExecuteDeleteAsync(ct);
        await db.FigureBasis.ExecuteUpdateAsync(s => s.SetProperty(b => b.Today, (DateOnly?)null), ct);
        await db.FindingTags.ExecuteDeleteAsync(ct);
        await db.Findings.ExecuteDeleteAsync(ct);
        await db.ReportedPeriods.ExecuteDeleteAsync(ct);
        await db.ReportObligations.ExecuteDeleteAsync(ct);
        await db.Inspections.ExecuteDeleteAsync(ct);
        await db.PersonNames.ExecuteDeleteAsync(ct);
        await db.UnitContacts.ExecuteDeleteAsync(ct);
        await db.Set<UnitReplica>().ExecuteDeleteAsync(ct);
        // Counts UnitRegistered events: the republished ones count each unit again from zero.
        await db.Counters.ExecuteDeleteAsync(ct);
        db.RebuildRuns.Add(run);
        db.Publish(new ReadModelRebuildRequested(EventMeta.New(1, scope.Actor, now), run.Id));
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
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
