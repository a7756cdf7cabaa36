using Microsoft.EntityFrameworkCore;
using Rectify.Contracts;
using Rectify.Contracts.Units;
using Rectify.Notifications.Infrastructure;
using Rectify.Notifications.Model;
using Rectify.Notifications.Scheduling;
using Rectify.ServiceDefaults.Auth;
using Rectify.ServiceDefaults.Messaging.Inbox;

namespace Rectify.Notifications.Consumers;

public sealed class PersonRegisteredConsumer(NotificationsDbContext db, TimeProvider time, Scheduler scheduler)
    : IdempotentConsumer<NotificationsDbContext, PersonRegistered>(db, time)
{
    protected override Task HandleAsync(PersonRegistered m, CancellationToken ct) =>
        People.ApplyAsync(Db, scheduler, m.Meta, m.PersonId, m.UnitId, m.Name, m.Position, m.Channels, ct);
}

public sealed class PersonUpdatedConsumer(NotificationsDbContext db, TimeProvider time, Scheduler scheduler)
    : IdempotentConsumer<NotificationsDbContext, PersonUpdated>(db, time)
{
    protected override Task HandleAsync(PersonUpdated m, CancellationToken ct) =>
        People.ApplyAsync(Db, scheduler, m.Meta, m.PersonId, m.UnitId, m.Name, m.Position, m.Channels, ct);
}

public sealed class RoleGrantedConsumer(NotificationsDbContext db, TimeProvider time, Scheduler scheduler, RecipientDirectory directory)
    : IdempotentConsumer<NotificationsDbContext, RoleGranted>(db, time)
{
    protected override async Task HandleAsync(RoleGranted m, CancellationToken ct)
    {
        var key = RoleGrantReplica.KeyOf(m.AccountId, m.Role, m.UnitId, m.JurisdictionId);
        if (await Db.Grants.FindAsync([key], ct) is null)
            Db.Grants.Add(new RoleGrantReplica { Key = key, AccountId = m.AccountId, PersonId = m.PersonId, Role = m.Role, UnitId = m.UnitId, JurisdictionId = m.JurisdictionId });
        await Db.SaveChangesAsync(ct); // the re-plan below reads the grants
        await People.ResyncForRoleAsync(scheduler, directory, m.Role, m.UnitId, m.JurisdictionId, ct);
    }
}

public sealed class RoleRevokedConsumer(NotificationsDbContext db, TimeProvider time, Scheduler scheduler, RecipientDirectory directory)
    : IdempotentConsumer<NotificationsDbContext, RoleRevoked>(db, time)
{
    protected override async Task HandleAsync(RoleRevoked m, CancellationToken ct)
    {
        var key = RoleGrantReplica.KeyOf(m.AccountId, m.Role, m.UnitId, m.JurisdictionId);
        if (await Db.Grants.FindAsync([key], ct) is { } grant)
            Db.Grants.Remove(grant);
        await Db.SaveChangesAsync(ct);
        await People.ResyncForRoleAsync(scheduler, directory, m.Role, m.UnitId, m.JurisdictionId, ct);
    }
}

internal static class People
{
    public static async Task ApplyAsync(NotificationsDbContext db, Scheduler scheduler, EventMeta meta, Guid personId, Guid unitId, string name,
        string position, ContactChannels channels, CancellationToken ct)
    {
        var person = await db.People.FindAsync([personId], ct);
        if (person is null)
            db.People.Add(person = new PersonReplica { PersonId = personId, Name = "", Position = "", Version = -1 });
        if (meta.Version <= person.Version)
            return; // stale
        var wasFirst = person.IsFirstResponsible;
        (person.UnitId, person.Name, person.Position, person.Version) = (unitId, name, position, meta.Version);
        (person.Email, person.Mobile, person.DingTalkUserId, person.WeComUserId) = (channels.Email, channels.Mobile, channels.DingTalkUserId, channels.WeComUserId);
        if (wasFirst != person.IsFirstResponsible)
        {
            await db.SaveChangesAsync(ct);
            await scheduler.ResyncUnitsAsync([unitId], ct);
        }
    }

    /// <summary>Coordinators and the inspection office are recipients by role: their deadlines are re-planned when it changes.</summary>
    public static async Task ResyncForRoleAsync(Scheduler scheduler, RecipientDirectory directory, string role, Guid? unitId, Guid? jurisdictionId,
        CancellationToken ct)
    {
        if (role == RectifyRoles.UnitCoordinator && unitId is { } unit)
            await scheduler.ResyncUnitsAsync([unit], ct);
        else if (role == RectifyRoles.InspectionOffice && jurisdictionId is { } jurisdiction)
            await scheduler.ResyncUnitsAsync(await directory.UnitsUnderAsync(jurisdiction, ct), ct);
    }
}
