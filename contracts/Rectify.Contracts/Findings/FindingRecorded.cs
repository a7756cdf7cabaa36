namespace Rectify.Contracts.Findings;

/// <summary>
/// A finding (问题) was recorded in an inspection's tree. <c>Level</c>: 1 aspect (方面), 2 problem,
/// 3 issue, 4 sub-issue; <c>Ordinal</c> is as written in the notice ("一", "（三）", "2").
/// Keyed by the inspection so a tree's events arrive in order (a parent before its children).
/// </summary>
public sealed record FindingRecorded(
    EventMeta Meta, Guid FindingId, Guid InspectionId, Guid UnitId, Guid? ParentId, int Level, string Ordinal, string Title,
    bool ImmediateFix, decimal? MoneyInvolved) : IIntegrationEvent
{
    public string AggregateKey => $"inspection:{InspectionId}";
}
