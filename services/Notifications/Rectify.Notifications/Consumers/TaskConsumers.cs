using Rectify.Contracts;
using Rectify.Contracts.Tasks;
using Rectify.Notifications.Infrastructure;
using Rectify.Notifications.Model;
using Rectify.Notifications.Scheduling;
using Rectify.ServiceDefaults.Messaging.Inbox;

namespace Rectify.Notifications.Consumers;

/// <summary>
/// Task deadlines. Every task event carries the whole task, so each consumer does the same thing: an
/// open task with a deadline is (re)scheduled for its responsible person, escalating to its leader —
/// the scheduler keeps a deadline version per moved date and redirects when the people change — and a
/// closed task, or one without a deadline (sustained items), has its pending reminders cancelled.
/// </summary>
internal static class TaskDeadlines
{
    private static readonly string[] Open = [TaskStates.Planned, TaskStates.InProgress, TaskStates.Submitted];

    public static Task ApplyAsync(Scheduler scheduler, EventMeta meta, TaskSnapshot task, CancellationToken ct)
    {
        if (!Open.Contains(task.State) || task.Deadline is not { } deadline)
            return scheduler.CancelAsync(SubjectKinds.Task, task.TaskId, task.UnitId, meta.Version, ct);
        var title = task.Measures.Length <= 60 ? task.Measures : task.Measures[..59] + "…";
        return scheduler.ScheduleDeadlineAsync(new DeadlineSubject(SubjectKinds.Task, task.TaskId, task.UnitId, task.InspectionId, title),
            deadline, meta.Version, Ids(task.ResponsiblePersonId), Ids(task.ResponsibleLeaderId), ct);
    }

    private static Guid[] Ids(Guid? id) => id is { } value ? [value] : [];
}

public sealed class TaskPlannedConsumer(NotificationsDbContext db, TimeProvider time, Scheduler scheduler)
    : IdempotentConsumer<NotificationsDbContext, TaskPlanned>(db, time)
{
    protected override Task HandleAsync(TaskPlanned m, CancellationToken ct) => TaskDeadlines.ApplyAsync(scheduler, m.Meta, m.Task, ct);
}

public sealed class TaskAssignedConsumer(NotificationsDbContext db, TimeProvider time, Scheduler scheduler)
    : IdempotentConsumer<NotificationsDbContext, TaskAssigned>(db, time)
{
    protected override Task HandleAsync(TaskAssigned m, CancellationToken ct) => TaskDeadlines.ApplyAsync(scheduler, m.Meta, m.Task, ct);
}

/// <summary>New measures are the reminders' title; a task turned sustained without a deadline stops being reminded.</summary>
public sealed class TaskRevisedConsumer(NotificationsDbContext db, TimeProvider time, Scheduler scheduler)
    : IdempotentConsumer<NotificationsDbContext, TaskRevised>(db, time)
{
    protected override Task HandleAsync(TaskRevised m, CancellationToken ct) => TaskDeadlines.ApplyAsync(scheduler, m.Meta, m.Task, ct);
}

public sealed class TaskDeadlineChangedConsumer(NotificationsDbContext db, TimeProvider time, Scheduler scheduler)
    : IdempotentConsumer<NotificationsDbContext, TaskDeadlineChanged>(db, time)
{
    protected override Task HandleAsync(TaskDeadlineChanged m, CancellationToken ct) => TaskDeadlines.ApplyAsync(scheduler, m.Meta, m.Task, ct);
}

public sealed class TaskReturnedConsumer(NotificationsDbContext db, TimeProvider time, Scheduler scheduler)
    : IdempotentConsumer<NotificationsDbContext, TaskReturned>(db, time)
{
    protected override Task HandleAsync(TaskReturned m, CancellationToken ct) => TaskDeadlines.ApplyAsync(scheduler, m.Meta, m.Task, ct);
}

public sealed class TaskReopenedConsumer(NotificationsDbContext db, TimeProvider time, Scheduler scheduler)
    : IdempotentConsumer<NotificationsDbContext, TaskReopened>(db, time)
{
    protected override Task HandleAsync(TaskReopened m, CancellationToken ct) => TaskDeadlines.ApplyAsync(scheduler, m.Meta, m.Task, ct);
}

public sealed class TaskClosedConsumer(NotificationsDbContext db, TimeProvider time, Scheduler scheduler)
    : IdempotentConsumer<NotificationsDbContext, TaskClosed>(db, time)
{
    protected override Task HandleAsync(TaskClosed m, CancellationToken ct) => TaskDeadlines.ApplyAsync(scheduler, m.Meta, m.Task, ct);
}
