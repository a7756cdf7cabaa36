namespace Rectify.Contracts.Tasks;

/// <summary>
/// An outcome figure recorded in error was removed from a task, with the reason; <c>Totals</c> are the task's
/// sums without it (the same totals <see cref="OutcomeRecorded"/> carries, so consumers keep one rule).
/// </summary>
public sealed record OutcomeFigureRemoved(EventMeta Meta, TaskSnapshot Task, Guid FigureId, string Reason, OutcomeTotals Totals) : IIntegrationEvent
{
    public string AggregateKey => $"task:{Task.TaskId}";
}
