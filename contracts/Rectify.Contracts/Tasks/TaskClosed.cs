namespace Rectify.Contracts.Tasks;

/// <summary>
/// A task was closed (销号) on <c>Task.ClosedOn</c>: state "closed", or "completed_sustained"
/// (已完成整改并长期坚持) for a sustained item, which keeps taking check-ins. <c>RequestId</c> is null
/// when the closing came from an imported notice rather than a review.
/// </summary>
public sealed record TaskClosed(EventMeta Meta, TaskSnapshot Task, Guid? RequestId) : IIntegrationEvent
{
    public string AggregateKey => $"task:{Task.TaskId}";
}
