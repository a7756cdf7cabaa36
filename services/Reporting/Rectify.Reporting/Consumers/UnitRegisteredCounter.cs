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
        // Added in the database, not read and written back: concurrent consumers on a server database
        // (read committed) would otherwise both read n and both write n + 1. The update's row lock orders them.
        var counted = await Db.Counters.Where(c => c.Name == Counters.UnitsRegistered)
            .ExecuteUpdateAsync(s => s.SetProperty(c => c.Value, c => c.Value + 1), ct);
        if (counted == 0)
            // The first one; two first ones collide on the key and the loser's retry finds the row.
            Db.Counters.Add(new Counter { Name = Counters.UnitsRegistered, Value = 1 });
    }
}
