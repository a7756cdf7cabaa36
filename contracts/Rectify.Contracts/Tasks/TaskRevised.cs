namespace Rectify.Contracts.Tasks;

/// <summary>A task's measures (整改措施) or kind was corrected after planning; the previous ones are kept for the record.</summary>
public sealed record TaskRevised(EventMeta Meta, TaskSnapshot Task, string PreviousMeasures, string PreviousKind) : IIntegrationEvent
{
    public string AggregateKey => $"task:{Task.TaskId}";
}
