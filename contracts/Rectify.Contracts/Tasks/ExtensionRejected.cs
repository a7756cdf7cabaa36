namespace Rectify.Contracts.Tasks;

/// <summary>A requested extension (延期申请) was turned down; the deadline stands.</summary>
public sealed record ExtensionRejected(EventMeta Meta, TaskSnapshot Task, Guid RequestId, string Reason) : IIntegrationEvent
{
    public string AggregateKey => $"task:{Task.TaskId}";
}
