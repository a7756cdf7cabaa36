using Microsoft.EntityFrameworkCore;
using Rectify.Contracts.Reporting;
using Rectify.Reporting.Infrastructure;
using Rectify.ServiceDefaults.Messaging.Inbox;

namespace Rectify.Reporting.Rebuild;

/// <summary>Records that an owning service finished republishing; the run is complete once all have.</summary>
public sealed class StateRepublishedConsumer(ReportingDbContext db, TimeProvider time)
    : IdempotentConsumer<ReportingDbContext, ReadModelStateRepublished>(db, time)
{
    private readonly TimeProvider _time = time;

    protected override async Task HandleAsync(ReadModelStateRepublished m, CancellationToken ct)
    {
        var run = await Db.RebuildRuns.Include(r => r.Services).FirstOrDefaultAsync(r => r.Id == m.RequestId, ct);
        // Another reporting deployment's request (or a run deleted by hand): nothing to record.
        if (run is null || run.Services.Any(s => s.Service == m.Service))
            return;
        Db.RebuildProgress.Add(new RebuildProgress { RunId = run.Id, Service = m.Service, Count = m.Count, FinishedAt = _time.GetUtcNow() });
    }
}
