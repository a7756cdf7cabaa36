namespace Rectify.Contracts.Notifications;

/// <summary>
/// An overdue deadline was escalated (逾期督办 / 提级督办): to the responsible leader (责任领导) after a few
/// working days, to the unit's first responsible person (第一责任人) and the inspection office (巡察办)
/// after more. <c>Tier</c> is <c>leader</c>, <c>first_responsible</c> or <c>inspection_office</c>;
/// <c>Meta.Version</c> is the deadline version.
/// </summary>
public sealed record EscalationRaised(
    EventMeta Meta, long ScheduleId, string SubjectKind, Guid SubjectId, Guid UnitId, string Rule, string Tier, DateOnly Deadline,
    int WorkingDaysOverdue, Guid RecipientPersonId, IReadOnlyList<string> Channels) : IIntegrationEvent
{
    public string AggregateKey => $"{SubjectKind}:{SubjectId}";
}
