namespace Rectify.Contracts.Findings;

/// <summary>
/// The inspection office set who closes the inspection's items (对账销号): <c>Levels</c> 1 = the unit alone,
/// 2 = the unit, then the office; null = the deployment's default (<c>Tasks:CloseOutLevels</c>).
/// <c>OfficeReviewedFindingIds</c> are findings (e.g. the key ones of the feedback) whose items the office
/// reviews whatever the level. Each event replaces the whole policy.
/// </summary>
public sealed record InspectionCloseOutPolicySet(EventMeta Meta, Guid InspectionId, Guid UnitId, int? Levels, IReadOnlyList<Guid> OfficeReviewedFindingIds)
    : IIntegrationEvent
{
    public string AggregateKey => $"inspection:{InspectionId}";
}
