namespace Rectify.Contracts.Tasks;

/// <summary>An extension of a task's deadline (延期申请) was requested and awaits <c>Approver</c>: "unit" (the unit coordinator) or "office" (the inspection office).</summary>
public sealed record ExtensionRequested(
    EventMeta Meta, TaskSnapshot Task, Guid RequestId, DateOnly ProposedDeadline, string Reason, string Approver) : IIntegrationEvent
{
    public string AggregateKey => $"task:{Task.TaskId}";
}
