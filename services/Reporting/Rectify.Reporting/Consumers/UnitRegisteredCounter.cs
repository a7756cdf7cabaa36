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
        var counter = await Db.Counters.FindAsync([Counters.UnitsRegistered], ct);
        if (counter is null)
            Db.Counters.Add(new Counter { Name = Counters.UnitsRegistered, Value = 1 });
        else
            counter.Value++;
    }
}
