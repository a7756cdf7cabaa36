using Microsoft.EntityFrameworkCore;
using Rectify.Contracts;
using Rectify.Contracts.Units;
using Rectify.Reporting.Infrastructure;
using Rectify.Reporting.Model;
using Rectify.ServiceDefaults.Messaging.Inbox;
using Rectify.ServiceDefaults.Replicas;

namespace Rectify.Reporting.Consumers;

// Reporting keeps more of a unit than the shared replica consumers do: the published contact line, and
// the jurisdiction path of its tasks when it moves. One consumer per event applies all of it, so a unit
// event still commits in one inbox row.

public sealed class UnitRegisteredConsumer(ReportingDbContext db, TimeProvider time) : IdempotentConsumer<ReportingDbContext, UnitRegistered>(db, time)
{
    protected override Task HandleAsync(UnitRegistered m, CancellationToken ct) =>
        UnitDirectory.ApplyAsync(Db, m.Meta, m.UnitId, m.Name, m.ShortName, m.Kind, m.JurisdictionId, m.JurisdictionPath, m.Contact, ct);
}

public sealed class UnitUpdatedConsumer(ReportingDbContext db, TimeProvider time) : IdempotentConsumer<ReportingDbContext, UnitUpdated>(db, time)
{
    protected override Task HandleAsync(UnitUpdated m, CancellationToken ct) =>
        UnitDirectory.ApplyAsync(Db, m.Meta, m.UnitId, m.Name, m.ShortName, m.Kind, m.JurisdictionId, m.JurisdictionPath, m.Contact, ct);
}

internal static class UnitDirectory
{
    public static async Task ApplyAsync(
        ReportingDbContext db, EventMeta meta, Guid unitId, string name, string shortName, string kind, Guid jurisdictionId, string path, ContactLine line,
        CancellationToken ct)
    {
        var unit = await db.Units.FindAsync([unitId], ct);
        if (unit is null)
            db.Units.Add(unit = new UnitReplica { UnitId = unitId, Name = "", ShortName = "", Kind = "", JurisdictionPath = "", Version = -1 });
        if (meta.Version <= unit.Version)
            return; // a stale update that arrived late
        (unit.Name, unit.ShortName, unit.Kind, unit.JurisdictionId, unit.JurisdictionPath) = (name, shortName, kind, jurisdictionId, path);
        (unit.Version, unit.UpdatedAt) = (meta.Version, meta.OccurredAt);

        var contact = await db.UnitContacts.FindAsync([unitId], ct);
        if (contact is null)
            db.UnitContacts.Add(contact = new UnitContact { UnitId = unitId });
        (contact.Phone, contact.Email, contact.Address, contact.Version) = (line.Phone, line.Email, line.Address, meta.Version);
        await db.Tasks.Where(t => t.UnitId == unitId && t.JurisdictionPath != path)
            .ExecuteUpdateAsync(s => s.SetProperty(t => t.JurisdictionPath, path), ct);
        await db.TaskSums.Where(t => t.UnitId == unitId && t.JurisdictionPath != path)
            .ExecuteUpdateAsync(s => s.SetProperty(t => t.JurisdictionPath, path), ct);
        await db.Notices.Where(n => n.UnitId == unitId && n.JurisdictionPath != path)
            .ExecuteUpdateAsync(s => s.SetProperty(n => n.JurisdictionPath, path), ct);
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
