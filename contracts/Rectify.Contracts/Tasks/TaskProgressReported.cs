namespace Rectify.Contracts.Tasks;

/// <summary>Progress (整改进展) was reported on a task: a dated narrative; on a sustained, completed task it is a periodic check-in.</summary>
public sealed record TaskProgressReported(EventMeta Meta, TaskSnapshot Task, Guid EntryId, DateOnly ReportedOn, string Narrative) : IIntegrationEvent
{
    public string AggregateKey => $"task:{Task.TaskId}";
}
