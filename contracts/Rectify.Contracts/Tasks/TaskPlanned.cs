namespace Rectify.Contracts.Tasks;

/// <summary>
/// A rectification task (整改任务) was planned for a finding: its measures, kind, who is responsible and its
/// deadline. <c>ImportId</c> is set when it came from an imported notice; the task's state may then already
/// be past "planned", and the events of its history (progress, closing) follow with later versions.
/// Keyed by task: every task event carries the task's version after the change.
/// </summary>
public sealed record TaskPlanned(EventMeta Meta, TaskSnapshot Task, Guid? ImportId) : IIntegrationEvent
{
    public string AggregateKey => $"task:{Task.TaskId}";
}
