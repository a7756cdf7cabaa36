using Microsoft.EntityFrameworkCore;
using Rectify.ServiceDefaults.Auth;
using Rectify.Tasks.Infrastructure;

namespace Rectify.Tasks.Evidence;

/// <summary>Another task holding the same file (same SHA-256).</summary>
public sealed record EvidenceReuse(Guid TaskId, Guid FindingId, Guid InspectionId, Guid UnitId, string FileName, DateTimeOffset UploadedAt);

/// <summary>
/// An evidence file as the API shows it. <c>ReusedBy</c> lists other tasks the caller may see that hold
/// the same file; <c>ReusedOutOfScope</c> counts those, beyond the caller's scope, that hold it too.
/// </summary>
public sealed record EvidenceView(
    Guid Id, Guid TaskId, Guid? ProgressEntryId, string FileName, string Type, string ContentType, long Size, string Sha256, string? Note,
    string? UploadedBy, string? UploadedByName, DateTimeOffset UploadedAt, DateTimeOffset? RemovedAt, string? RemovedByName, string? RemovalReason,
    List<EvidenceReuse> ReusedBy, int ReusedOutOfScope, string DownloadUrl);

/// <summary>A reason to look twice at an upload; the upload itself went through.</summary>
public sealed record EvidenceWarning(string Code, string Message, List<EvidenceReuse> Tasks, int OutOfScope);

public static class EvidenceWarnings
{
    /// <summary>The same file is evidence for other tasks too: possibly paper-only rectification (形式整改).</summary>
    public const string ReusedAcrossTasks = "reused_across_tasks";

    public static List<EvidenceWarning> Of(EvidenceView view)
    {
        var count = view.ReusedBy.Select(r => r.TaskId).Distinct().Count() + view.ReusedOutOfScope;
        return count == 0
            ? []
            : [new EvidenceWarning(ReusedAcrossTasks, $"同一文件已作为其他 {count} 项整改任务的佐证材料，请核实是否存在形式整改。", view.ReusedBy, view.ReusedOutOfScope)];
    }
}

/// <summary>Evidence rows as the API shows them, with where else the same file is used — as far as the caller may see.</summary>
public sealed class EvidenceViews(TasksDbContext db, UnitScope scope)
{
    public async Task<List<EvidenceView>> OfTaskAsync(Guid taskId, bool includeRemoved, CancellationToken ct)
    {
        var rows = await db.EvidenceFiles.AsNoTracking().Where(e => e.TaskId == taskId && (includeRemoved || e.RemovedAt == null)).ToListAsync(ct);
        return await ViewsAsync([.. rows.OrderBy(e => e.UploadedAt).ThenBy(e => e.Id)], ct);
    }

    public async Task<List<EvidenceView>> ViewsAsync(IReadOnlyList<EvidenceFile> rows, CancellationToken ct)
    {
        var hashes = rows.Select(r => r.Sha256).Distinct().ToList();
        var others = await (from e in db.EvidenceFiles.AsNoTracking()
                            join t in db.Tasks.AsNoTracking() on e.TaskId equals t.Id
                            join u in db.Units.AsNoTracking() on t.UnitId equals u.UnitId into units
                            from u in units.DefaultIfEmpty()
                            where hashes.Contains(e.Sha256) && e.RemovedAt == null
                            select new { e.Sha256, e.TaskId, e.FileName, e.UploadedAt, t.FindingId, t.InspectionId, t.UnitId, Path = u == null ? null : u.JurisdictionPath })
            .ToListAsync(ct);
        return [.. rows.Select(r =>
        {
            var elsewhere = others.Where(o => o.Sha256 == r.Sha256 && o.TaskId != r.TaskId).ToList();
            var visible = elsewhere.Where(o => o.Path is not null && (scope.IsAdministrator || scope.CanSee(o.UnitId, o.Path))).ToList();
            return new EvidenceView(r.Id, r.TaskId, r.ProgressEntryId, r.FileName, r.Type, r.ContentType, r.Size, r.Sha256, r.Note, r.UploadedBy,
                r.UploadedByName, r.UploadedAt, r.RemovedAt, r.RemovedByName, r.RemovalReason,
                [.. visible.OrderBy(o => o.UploadedAt).Select(o => new EvidenceReuse(o.TaskId, o.FindingId, o.InspectionId, o.UnitId, o.FileName, o.UploadedAt))],
                elsewhere.Select(o => o.TaskId).Distinct().Count() - visible.Select(o => o.TaskId).Distinct().Count(),
                $"/api/tasks/{r.TaskId}/evidence/{r.Id}/content");
        })];
    }
}
