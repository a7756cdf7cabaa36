namespace Rectify.Contracts.Tasks;

/// <summary>
/// A task's deadline (整改时限) changed, directly or by an approved extension (延期): from
/// <c>PreviousDeadline</c> to the snapshot's deadline, now <c>Task.DeadlineVersion</c>. Reminders
/// scheduled for an older version are void.
/// </summary>
public sealed record TaskDeadlineChanged(
    EventMeta Meta, TaskSnapshot Task, DateOnly? PreviousDeadline, string Reason, string? RequestedBy, string? ApprovedBy) : IIntegrationEvent
{
    public string AggregateKey => $"task:{Task.TaskId}";
}
