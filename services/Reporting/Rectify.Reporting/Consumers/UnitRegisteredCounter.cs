using Microsoft.EntityFrameworkCore;
using Rectify.Contracts.Units;
using Rectify.Reporting.Infrastructure;
using Rectify.Reporting.Model;
using Rectify.ServiceDefaults.Messaging.Inbox;

namespace Rectify.Reporting.Consumers;

public sealed class UnitRegisteredCounter(ReportingDbContext db, TimeProvider time)
    : IdempotentConsumer<ReportingDbContext, UnitRegistered>(db, time)
{
    protected override async Task HandleAsync(UnitRegistered message, CancellationToken ct)
    {
        // Incremented in the database: replicas counting at once must not both write the value they read.
        var counted = await Db.Counters.Where(c => c.Name == Counters.UnitsRegistered).ExecuteUpdateAsync(s => s.SetProperty(c => c.Value, c => c.Value + 1), ct);
        if (counted == 0)
            Db.Counters.Add(new Counter { Name = Counters.UnitsRegistered, Value = 1 });
    }
}
