using Microsoft.EntityFrameworkCore;
using Rectify.Contracts.Tasks;
using Rectify.ServiceDefaults.Errors;
using Rectify.Tasks.Evidence;

namespace Rectify.Tasks.Model;

/// <summary>An upload whose content was read, hashed and its type detected.</summary>
public sealed record EvidenceInput(string FileName, EvidenceType Type, long Size, string Sha256, Guid? ProgressEntryId, string? Note);

public sealed partial class TaskBook
{
    /// <summary>
    /// Attaches an evidence file where progress may be reported. <paramref name="keep"/> puts the bytes
    /// in place once every check has passed, just before the row is saved, so a refused upload leaves
    /// nothing behind and a saved row always has its bytes.
    /// </summary>
    public async Task<EvidenceFile> AttachEvidenceAsync(RectificationTask task, EvidenceInput input, Func<Task> keep, Actor actor, CancellationToken ct)
    {
        TaskStateMachine.Require(task, TaskAction.ReportProgress);
        if (input.ProgressEntryId is { } entryId && !await db.ProgressEntries.AnyAsync(p => p.Id == entryId && p.TaskId == task.Id, ct))
            throw new FieldException("progressEntryId", "No such progress entry on this task.");
        if (await db.EvidenceFiles.AnyAsync(e => e.TaskId == task.Id && e.Sha256 == input.Sha256 && e.RemovedAt == null, ct))
            throw new TaskConflictException("This file is already attached to the task.");
        var reusedBy = await db.EvidenceFiles.Where(e => e.Sha256 == input.Sha256 && e.TaskId != task.Id && e.RemovedAt == null)
            .Select(e => e.TaskId).Distinct().CountAsync(ct);
        var evidence = new EvidenceFile
        {
            Id = Guid.CreateVersion7(), TaskId = task.Id, ProgressEntryId = input.ProgressEntryId, FileName = input.FileName, Type = input.Type.Name,
            ContentType = input.Type.ContentType, Size = input.Size, Sha256 = input.Sha256, Note = Trimmed(input.Note), UploadedBy = actor.Id,
            UploadedByName = actor.Name, UploadedAt = time.GetUtcNow(),
        };
        db.EvidenceFiles.Add(evidence);
        Audit(task, actor, "evidence_added", "evidence", null, Describe(evidence),
            reusedBy == 0 ? evidence.Note : $"同一文件已作为其他 {reusedBy} 项任务的佐证材料" + (evidence.Note is null ? "" : "；" + evidence.Note));
        db.Publish(new EvidenceAttached(Next(task, actor), await SnapshotAsync(task, ct), evidence.Id, evidence.ProgressEntryId, evidence.FileName,
            evidence.Type, evidence.Size, evidence.Sha256, reusedBy));
        await keep();
        await db.SaveChangesAsync(ct);
        return evidence;
    }

    /// <summary>
    /// Takes a file off a task while the work is open (planned, in progress). Once submitted or closed the
    /// evidence is what the close-out was decided on, and stays. The row is marked, never deleted.
    /// </summary>
    public async Task RemoveEvidenceAsync(RectificationTask task, Guid evidenceId, string? reason, Actor actor, CancellationToken ct)
    {
        var evidence = await db.EvidenceFiles.FirstOrDefaultAsync(e => e.Id == evidenceId && e.TaskId == task.Id && e.RemovedAt == null, ct)
            ?? throw new NotFoundException("Evidence");
        if (task.State is not (TaskStates.Planned or TaskStates.InProgress))
            throw new TaskConflictException($"A task that is {task.State} keeps its evidence.");
        evidence.RemovedAt = time.GetUtcNow();
        evidence.RemovedBy = actor.Id;
        evidence.RemovedByName = actor.Name;
        evidence.RemovalReason = Trimmed(reason);
        Audit(task, actor, "evidence_removed", "evidence", Describe(evidence), null, evidence.RemovalReason);
        db.Publish(new EvidenceRemoved(Next(task, actor), await SnapshotAsync(task, ct), evidence.Id, evidence.FileName, evidence.Sha256, evidence.RemovalReason));
        await db.SaveChangesAsync(ct);
    }

    /// <summary>
    /// The evidence a close-out request puts forward: the ids named (each a live file of this task), or
    /// all of the task's live files. At least one is required, except for a task imported from a
    /// notice, whose evidence was filed on paper before the system existed.
    /// </summary>
    private async Task<List<Guid>> CloseOutEvidenceAsync(RectificationTask task, IReadOnlyList<Guid>? named, CancellationToken ct)
    {
        var live = await db.EvidenceFiles.Where(e => e.TaskId == task.Id && e.RemovedAt == null).Select(e => e.Id).ToListAsync(ct);
        if (named is { Count: > 0 })
        {
            for (var i = 0; i < named.Count; i++)
                if (!live.Contains(named[i]))
                    throw new FieldException($"evidenceIds[{i}]", "No such evidence file on this task.");
            return [.. named.Distinct()];
        }
        if (live.Count == 0 && task.ImportId is null)
            throw new FieldException("evidenceIds", "销号申请须附整改佐证材料：请先上传至少一份佐证材料。");
        return live;
    }

    private static string Describe(EvidenceFile e) => $"{e.FileName}（{e.Type}，{e.Size} 字节，SHA-256 {e.Sha256[..12]}…）";
}
