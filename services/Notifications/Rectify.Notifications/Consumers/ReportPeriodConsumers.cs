using Rectify.Contracts.Findings;
using Rectify.Notifications.Infrastructure;
using Rectify.Notifications.Scheduling;
using Rectify.ServiceDefaults.Messaging.Inbox;

namespace Rectify.Notifications.Consumers;

/// <summary>The office set a recurring progress report: each period is reminded of, and flagged when missing.</summary>
public sealed class ProgressReportObligationScheduledConsumer(NotificationsDbContext db, TimeProvider time, ReportPeriodPlanner planner)
    : IdempotentConsumer<NotificationsDbContext, ProgressReportObligationScheduled>(db, time)
{
    protected override Task HandleAsync(ProgressReportObligationScheduled message, CancellationToken ct) => planner.SetAsync(message, ct);
}

/// <summary>A report came in: whatever is pending for its period (reminders, the missing flag) is cancelled.</summary>
public sealed class ProgressReportSubmittedConsumer(NotificationsDbContext db, TimeProvider time, ReportPeriodPlanner planner)
    : IdempotentConsumer<NotificationsDbContext, ProgressReportSubmitted>(db, time)
{
    protected override Task HandleAsync(ProgressReportSubmitted message, CancellationToken ct) => planner.SubmittedAsync(message, ct);
}

/// <summary>
/// Closing the inspection ends its obligation (InspectionClosedConsumer cancels the periods' schedules;
/// this stops later submissions from planning new periods). A consumer of its own, so its inbox row is its own.
/// </summary>
public sealed class ReportObligationClosedConsumer(NotificationsDbContext db, TimeProvider time, ReportPeriodPlanner planner)
    : IdempotentConsumer<NotificationsDbContext, InspectionClosed>(db, time)
{
    protected override Task HandleAsync(InspectionClosed message, CancellationToken ct) => planner.StopAsync(message.InspectionId, ct);
}

public sealed class ReportObligationWithdrawnConsumer(NotificationsDbContext db, TimeProvider time, ReportPeriodPlanner planner)
    : IdempotentConsumer<NotificationsDbContext, InspectionWithdrawn>(db, time)
{
    protected override Task HandleAsync(InspectionWithdrawn message, CancellationToken ct) => planner.StopAsync(message.InspectionId, ct);
}
