namespace Rectify.Contracts.Tasks;

/// <summary>
/// An evidence file (整改佐证材料) was attached to a task, optionally to one of its progress entries.
/// <c>Sha256</c> identifies the content; <c>ReusedByOtherTasks</c> counts other tasks holding the same file
/// when it was attached — a sign of paper-only rectification (形式整改) that reporting may count.
/// </summary>
public sealed record EvidenceAttached(
    EventMeta Meta, TaskSnapshot Task, Guid EvidenceId, Guid? ProgressEntryId, string FileName, string FileType, long Size, string Sha256,
    int ReusedByOtherTasks) : IIntegrationEvent
{
    public string AggregateKey => $"task:{Task.TaskId}";
}
