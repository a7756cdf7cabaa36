namespace Rectify.Contracts.Tasks;

/// <summary>Outcome figures (整改成效: rules, talks, money, accountability) were recorded on a task; <c>Totals</c> are the task's sums after them.</summary>
public sealed record OutcomeRecorded(EventMeta Meta, TaskSnapshot Task, IReadOnlyList<OutcomeFigure> Figures, OutcomeTotals Totals) : IIntegrationEvent
{
    public string AggregateKey => $"task:{Task.TaskId}";
}
