using Rectify.Reporting.Infrastructure;
using Rectify.Reporting.Model;

namespace Rectify.Reporting.Consumers;

/// <summary>Finds or starts read-model rows: an event for a row not seen yet creates it, whatever order events arrive in.</summary>
internal static class ReadModels
{
    public static async Task<ReportedInspection> InspectionAsync(ReportingDbContext db, Guid inspectionId, Guid unitId, CancellationToken ct)
    {
        var row = await db.Inspections.FindAsync([inspectionId], ct);
        if (row is null)
            db.Inspections.Add(row = new ReportedInspection { InspectionId = inspectionId, UnitId = unitId });
        return row;
    }

    public static async Task<ReportedFinding> FindingAsync(ReportingDbContext db, Guid findingId, Guid inspectionId, Guid unitId, CancellationToken ct)
    {
        var row = await db.Findings.FindAsync([findingId], ct);
        if (row is null)
            db.Findings.Add(row = new ReportedFinding { FindingId = findingId, InspectionId = inspectionId, UnitId = unitId });
        return row;
    }

    public static async Task<ReportedTask> TaskAsync(ReportingDbContext db, Guid taskId, CancellationToken ct)
    {
        var row = await db.Tasks.FindAsync([taskId], ct);
        if (row is null)
            db.Tasks.Add(row = new ReportedTask { TaskId = taskId });
        return row;
    }
}
