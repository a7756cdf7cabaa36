using Microsoft.EntityFrameworkCore;
using Rectify.Contracts;
using Rectify.Contracts.Units;
using Rectify.Reporting.Infrastructure;
using Rectify.Reporting.Model;
using Rectify.ServiceDefaults.Messaging.Inbox;

namespace Rectify.Reporting.Consumers;

// The shared UnitReplica consumers keep names and paths; these keep what only reporting needs:
// the published contact line, and task paths when a unit moves in the jurisdiction tree.

public sealed class UnitRegisteredContactConsumer(ReportingDbContext db, TimeProvider time) : IdempotentConsumer<ReportingDbContext, UnitRegistered>(db, time)
{
    protected override Task HandleAsync(UnitRegistered m, CancellationToken ct) => UnitContacts.ApplyAsync(Db, m.Meta, m.UnitId, m.JurisdictionPath, m.Contact, ct);
}

public sealed class UnitUpdatedContactConsumer(ReportingDbContext db, TimeProvider time) : IdempotentConsumer<ReportingDbContext, UnitUpdated>(db, time)
{
    protected override Task HandleAsync(UnitUpdated m, CancellationToken ct) => UnitContacts.ApplyAsync(Db, m.Meta, m.UnitId, m.JurisdictionPath, m.Contact, ct);
}

internal static class UnitContacts
{
    public static async Task ApplyAsync(ReportingDbContext db, EventMeta meta, Guid unitId, string path, ContactLine line, CancellationToken ct)
    {
        var contact = await db.UnitContacts.FindAsync([unitId], ct);
        if (contact is null)
            db.UnitContacts.Add(contact = new UnitContact { UnitId = unitId, Version = -1 });
        if (meta.Version <= contact.Version)
            return;
        (contact.Phone, contact.Email, contact.Address, contact.Version) = (line.Phone, line.Email, line.Address, meta.Version);
        await db.Tasks.Where(t => t.UnitId == unitId && t.JurisdictionPath != path)
            .ExecuteUpdateAsync(s => s.SetProperty(t => t.JurisdictionPath, path), ct);
    }
}

public sealed class PersonRegisteredNameConsumer(ReportingDbContext db, TimeProvider time) : IdempotentConsumer<ReportingDbContext, PersonRegistered>(db, time)
{
    protected override Task HandleAsync(PersonRegistered m, CancellationToken ct) => PersonNames.ApplyAsync(Db, m.Meta.Version, m.PersonId, m.UnitId, m.Name, ct);
}

public sealed class PersonUpdatedNameConsumer(ReportingDbContext db, TimeProvider time) : IdempotentConsumer<ReportingDbContext, PersonUpdated>(db, time)
{
    protected override Task HandleAsync(PersonUpdated m, CancellationToken ct) => PersonNames.ApplyAsync(Db, m.Meta.Version, m.PersonId, m.UnitId, m.Name, ct);
}

internal static class PersonNames
{
    // Only the name is kept (to strip it from public text); phones and other channels are not stored.
    public static async Task ApplyAsync(ReportingDbContext db, long version, Guid personId, Guid unitId, string name, CancellationToken ct)
    {
        var row = await db.PersonNames.FindAsync([personId], ct);
        if (row is null)
            db.PersonNames.Add(row = new PersonName { PersonId = personId, Name = name, Version = -1 });
        if (version <= row.Version)
            return;
        (row.UnitId, row.Name, row.Version) = (unitId, name, version);
    }
}
