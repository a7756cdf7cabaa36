namespace Rectify.Contracts.Tasks;

/// <summary>An evidence file was taken off a task (kept in the trail, no longer offered as evidence).</summary>
public sealed record EvidenceRemoved(EventMeta Meta, TaskSnapshot Task, Guid EvidenceId, string FileName, string Sha256, string? Reason) : IIntegrationEvent
{
    public string AggregateKey => $"task:{Task.TaskId}";
}
