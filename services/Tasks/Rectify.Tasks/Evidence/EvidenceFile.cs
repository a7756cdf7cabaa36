namespace Rectify.Tasks.Evidence;

/// <summary>
/// An evidence file (整改佐证材料) on a task, optionally on one of its progress entries. The bytes live
/// on disk under their SHA-256 (content-addressed, so one file reused by many tasks is stored once);
/// this row is what was uploaded, by whom, under which name. Removing one marks the row and keeps it.
/// </summary>
public sealed class EvidenceFile
{
    public Guid Id { get; set; }
    public Guid TaskId { get; set; }
    public Guid? ProgressEntryId { get; set; }
    /// <summary>The name it was uploaded under, without any folder.</summary>
    public required string FileName { get; set; }
    /// <summary>pdf, docx, xlsx, jpg or png, as detected from the content.</summary>
    public required string Type { get; set; }
    public required string ContentType { get; set; }
    public long Size { get; set; }
    /// <summary>Lower-case hex.</summary>
    public required string Sha256 { get; set; }
    public string? Note { get; set; }
    public string? UploadedBy { get; set; }
    public string? UploadedByName { get; set; }
    public DateTimeOffset UploadedAt { get; set; }
    public DateTimeOffset? RemovedAt { get; set; }
    public string? RemovedBy { get; set; }
    public string? RemovedByName { get; set; }
    public string? RemovalReason { get; set; }

    public bool IsRemoved => RemovedAt is not null;
}

/// <summary>Which evidence a close-out request (销号申请) put forward, as it stood when asked.</summary>
public sealed class CloseOutEvidence
{
    public Guid RequestId { get; set; }
    public Guid EvidenceId { get; set; }
}
