namespace Rectify.Contracts.Tasks;

/// <summary>A close-out request was sent back (退回) at review <c>Level</c> with a reason; the task is in progress again.</summary>
public sealed record TaskReturned(EventMeta Meta, TaskSnapshot Task, Guid RequestId, int Level, string Reason) : IIntegrationEvent
{
    public string AggregateKey => $"task:{Task.TaskId}";
}
