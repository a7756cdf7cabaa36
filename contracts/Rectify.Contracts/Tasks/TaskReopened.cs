namespace Rectify.Contracts.Tasks;

/// <summary>A closed task was reopened (e.g. at a look-back, 回头看, or because the problem recurred, 边改边犯); it is in progress again.</summary>
public sealed record TaskReopened(EventMeta Meta, TaskSnapshot Task, string Reason) : IIntegrationEvent
{
    public string AggregateKey => $"task:{Task.TaskId}";
}
