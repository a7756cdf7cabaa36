namespace Rectify.Contracts.Tasks;

/// <summary>A close-out (销号) was approved at <c>Level</c> and now awaits <c>AwaitingLevel</c> (2: the inspection office). The final approval publishes <see cref="TaskClosed"/> instead.</summary>
public sealed record CloseOutApproved(EventMeta Meta, TaskSnapshot Task, Guid RequestId, int Level, int AwaitingLevel) : IIntegrationEvent
{
    public string AggregateKey => $"task:{Task.TaskId}";
}
