namespace Rectify.Contracts.Tasks;

/// <summary>
/// The inspection office unlocked a task locked by its passed deadline (到期锁定): for the current deadline
/// version (<c>Task.UnlockedDeadlineVersion</c>) the unit may again back-date progress, have the deadline
/// changed and submit for close-out.
/// </summary>
public sealed record TaskUnlocked(EventMeta Meta, TaskSnapshot Task, string Reason) : IIntegrationEvent
{
    public string AggregateKey => $"task:{Task.TaskId}";
}
