namespace Rectify.Contracts.Findings;

/// <summary>The inspection's feedback (反馈) was delivered to the unit on <c>FeedbackOn</c>: the rectification clock starts.</summary>
public sealed record FeedbackDelivered(EventMeta Meta, Guid InspectionId, Guid UnitId, DateOnly FeedbackOn) : IIntegrationEvent
{
    public string AggregateKey => $"inspection:{InspectionId}";
}
