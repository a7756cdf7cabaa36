using Microsoft.EntityFrameworkCore;
using Rectify.Tasks.Infrastructure;
using Rectify.Tasks.Model;

namespace Rectify.Tasks.Consumers;

/// <summary>Finds or starts replica rows; an event for a row not seen yet creates it, whatever order events arrive in.</summary>
internal static class Replicas
{
    public static async Task<InspectionReplica> InspectionAsync(TasksDbContext db, Guid inspectionId, Guid unitId, CancellationToken ct)
    {
        var replica = await db.Inspections.FindAsync([inspectionId], ct);
        if (replica is null)
            db.Inspections.Add(replica = new InspectionReplica { InspectionId = inspectionId, UnitId = unitId });
        return replica;
    }

    public static async Task<FindingReplica> FindingAsync(TasksDbContext db, Guid findingId, Guid inspectionId, Guid unitId, CancellationToken ct)
    {
        var replica = await db.Findings.FindAsync([findingId], ct);
        if (replica is null)
            db.Findings.Add(replica = new FindingReplica { FindingId = findingId, InspectionId = inspectionId, UnitId = unitId });
        return replica;
    }

    public static async Task PersonAsync(
        TasksDbContext db, long version, Guid personId, Guid unitId, Guid? departmentId, string name, string position, CancellationToken ct)
    {
        var replica = await db.People.FindAsync([personId], ct);
        if (replica is null)
            db.People.Add(replica = new PersonReplica { PersonId = personId, Version = -1 });
        if (version <= replica.Version)
            return;
        (replica.UnitId, replica.DepartmentId, replica.Name, replica.Position, replica.Version) = (unitId, departmentId, name, position, version);
    }

    public static Task<bool> ImportedTaskExistsAsync(TasksDbContext db, Guid importId, Guid findingId, CancellationToken ct) =>
        db.Tasks.AnyAsync(t => t.ImportId == importId && t.FindingId == findingId, ct);
}
