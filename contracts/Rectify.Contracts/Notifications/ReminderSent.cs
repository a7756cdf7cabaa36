namespace Rectify.Contracts.Notifications;

/// <summary>
/// A deadline reminder (整改提醒 / 到期提醒) reached a person: before a deadline, on the due day or while
/// it is overdue. One per (subject, rule, deadline version, recipient); <c>Channels</c> are the ones
/// that delivered (inbox, email, webhook). <c>SubjectKind</c> is <c>task</c>, <c>plan</c>,
/// <c>progress_report</c>, <c>public_notice</c> or <c>feedback</c>; <c>Meta.Version</c> is the deadline version.
/// </summary>
public sealed record ReminderSent(
    EventMeta Meta, long ScheduleId, string SubjectKind, Guid SubjectId, Guid UnitId, string Rule, DateOnly Deadline,
    Guid RecipientPersonId, IReadOnlyList<string> Channels) : IIntegrationEvent
{
    public string AggregateKey => $"{SubjectKind}:{SubjectId}";
}
