namespace Rectify.Contracts.Findings;

/// <summary>A finding's category tags (e.g. 党的建设, 作风建设, 财务管理) after a change; reporting groups by them.</summary>
public sealed record FindingCategorised(EventMeta Meta, Guid FindingId, Guid InspectionId, Guid UnitId, IReadOnlyList<string> Tags)
    : IIntegrationEvent
{
    public string AggregateKey => $"inspection:{InspectionId}";
}
