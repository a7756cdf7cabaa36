using Rectify.Contracts.Findings;
using Rectify.Notifications.Infrastructure;
using Rectify.Notifications.Model;
using Rectify.Notifications.Scheduling;
using Rectify.ServiceDefaults.Messaging.Inbox;

namespace Rectify.Notifications.Consumers;

/// <summary>The plan, progress report and public notice due dates: the unit's coordinators are reminded of each.</summary>
public sealed class DueDatesScheduledConsumer(NotificationsDbContext db, TimeProvider time, Scheduler scheduler)
    : IdempotentConsumer<NotificationsDbContext, RectificationDueDatesScheduled>(db, time)
{
    protected override async Task HandleAsync(RectificationDueDatesScheduled message, CancellationToken ct)
    {
        foreach (var (kind, due) in new[]
                 {
                     (SubjectKinds.Plan, message.PlanDue), (SubjectKinds.ProgressReport, message.ProgressReportDue),
                     (SubjectKinds.PublicNotice, message.PublicNoticeDue),
                 })
            await scheduler.ScheduleDeadlineAsync(new DeadlineSubject(kind, message.InspectionId, message.UnitId, message.InspectionId, SubjectKinds.Title(kind)),
                due, message.Meta.Version, [], [], ct);
    }
}

/// <summary>Feedback delivered: the coordinators hear once that the rectification clock started.</summary>
public sealed class FeedbackDeliveredConsumer(NotificationsDbContext db, TimeProvider time, Scheduler scheduler)
    : IdempotentConsumer<NotificationsDbContext, FeedbackDelivered>(db, time)
{
    protected override Task HandleAsync(FeedbackDelivered message, CancellationToken ct) =>
        scheduler.ScheduleDeadlineAsync(
            new DeadlineSubject(SubjectKinds.Feedback, message.InspectionId, message.UnitId, message.InspectionId, SubjectKinds.Title(SubjectKinds.Feedback)),
            message.FeedbackOn, message.Meta.Version, [], [], ct);
}

public sealed class InspectionClosedConsumer(NotificationsDbContext db, TimeProvider time, Scheduler scheduler)
    : IdempotentConsumer<NotificationsDbContext, InspectionClosed>(db, time)
{
    protected override Task HandleAsync(InspectionClosed message, CancellationToken ct) =>
        scheduler.CancelInspectionAsync(message.InspectionId, message.UnitId, message.Meta.Version, ct);
}

public sealed class InspectionWithdrawnConsumer(NotificationsDbContext db, TimeProvider time, Scheduler scheduler)
    : IdempotentConsumer<NotificationsDbContext, InspectionWithdrawn>(db, time)
{
    protected override Task HandleAsync(InspectionWithdrawn message, CancellationToken ct) =>
        scheduler.CancelInspectionAsync(message.InspectionId, message.UnitId, message.Meta.Version, ct);
}
