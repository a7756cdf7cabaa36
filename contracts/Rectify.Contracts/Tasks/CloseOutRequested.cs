namespace Rectify.Contracts.Tasks;

/// <summary>A finished task was submitted for close-out (对账销号) and awaits review at <c>Level</c> 1 (the unit coordinator).</summary>
public sealed record CloseOutRequested(EventMeta Meta, TaskSnapshot Task, Guid RequestId, string? Note, int Level) : IIntegrationEvent
{
    public string AggregateKey => $"task:{Task.TaskId}";
}
