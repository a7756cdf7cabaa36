namespace Rectify.Contracts.Tasks;

/// <summary>A task's responsible leader (责任领导), department (责任科室) or person (责任人) changed; the previous person is named so reminders can move.</summary>
public sealed record TaskAssigned(EventMeta Meta, TaskSnapshot Task, Guid? PreviousLeaderId, Guid? PreviousPersonId) : IIntegrationEvent
{
    public string AggregateKey => $"task:{Task.TaskId}";
}
