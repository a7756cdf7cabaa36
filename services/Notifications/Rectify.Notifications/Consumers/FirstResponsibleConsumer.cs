using Rectify.Contracts.Units;
using Rectify.Notifications.Infrastructure;
using Rectify.Notifications.Model;
using Rectify.Notifications.Scheduling;
using Rectify.ServiceDefaults.Messaging.Inbox;

namespace Rectify.Notifications.Consumers;

/// <summary>The unit's first responsible person (第一责任人) changed: its open deadlines are re-planned, as for a new grant.</summary>
public sealed class FirstResponsiblePersonAssignedConsumer(NotificationsDbContext db, TimeProvider time, Scheduler scheduler)
    : IdempotentConsumer<NotificationsDbContext, FirstResponsiblePersonAssigned>(db, time)
{
    protected override async Task HandleAsync(FirstResponsiblePersonAssigned m, CancellationToken ct)
    {
        var setting = await Db.FirstResponsible.FindAsync([m.UnitId], ct);
        if (setting is null)
            Db.FirstResponsible.Add(setting = new FirstResponsibleSetting { UnitId = m.UnitId, Version = -1 });
        if (m.Meta.Version <= setting.Version)
            return; // stale
        (setting.PersonId, setting.Version) = (m.PersonId, m.Meta.Version);
        await Db.SaveChangesAsync(ct); // the re-plan below reads the setting
        await scheduler.ResyncUnitsAsync([m.UnitId], ct);
    }
}
