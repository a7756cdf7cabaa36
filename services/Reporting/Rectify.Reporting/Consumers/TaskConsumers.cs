using Microsoft.EntityFrameworkCore;
using Rectify.Contracts;
using Rectify.Contracts.Tasks;
using Rectify.Reporting.Infrastructure;
using Rectify.Reporting.Model;
using Rectify.ServiceDefaults.Messaging.Inbox;

namespace Rectify.Reporting.Consumers;

/// <summary>
/// Every task event carries the whole task (<see cref="TaskSnapshot"/>): the newest version wins, an older
/// one arriving late is ignored. Progress notes and outcome totals are applied besides, by their own rules.
/// </summary>
public abstract class TaskSnapshotConsumer<TMessage>(ReportingDbContext db, TimeProvider time) : IdempotentConsumer<ReportingDbContext, TMessage>(db, time)
    where TMessage : class, IIntegrationEvent
{
    protected abstract TaskSnapshot SnapshotOf(TMessage message);

    protected override async Task HandleAsync(TMessage message, CancellationToken ct)
    {
        var snapshot = SnapshotOf(message);
        var task = await ReadModels.TaskAsync(Db, snapshot.TaskId, ct);
        if (task.Version == 0)
        {
            task.LastActivityOn = DateOnly.FromDateTime(message.Meta.OccurredAt.UtcDateTime);
            task.Withdrawn = await Db.Findings.AnyAsync(f => f.FindingId == snapshot.FindingId && f.Withdrawn, ct);
        }
        if (message.Meta.Version > task.Version)
            Apply(task, snapshot, message.Meta.Version);
        await AlsoAsync(task, message, ct);
    }

    protected virtual Task AlsoAsync(ReportedTask task, TMessage message, CancellationToken ct) => Task.CompletedTask;

    private static void Apply(ReportedTask t, TaskSnapshot s, long version)
    {
        (t.FindingId, t.InspectionId, t.UnitId, t.JurisdictionPath) = (s.FindingId, s.InspectionId, s.UnitId, s.JurisdictionPath);
        (t.Kind, t.State, t.IsClosed, t.Measures) = (s.Kind, s.State, TaskStates.IsClosed(s.State), s.Measures);
        // A leader's text is a person's name only when it matched one; otherwise it is a title such as 分管副局长.
        (t.ResponsibleDepartment, t.ResponsibleLeader, t.ResponsiblePerson) =
            (s.ResponsibleDepartment, s.ResponsibleLeaderId is null ? null : s.ResponsibleLeader, s.ResponsiblePerson);
        (t.OriginalDeadline, t.Deadline, t.ClosedOn) = (s.OriginalDeadline, s.Deadline, s.ClosedOn);
        t.ClosedLate = TaskStates.IsClosed(s.State) && s is { ClosedOn: { } on, Deadline: { } due } && on > due;
        t.UnlockedCurrentDeadline = s.UnlockedDeadlineVersion == s.DeadlineVersion;
        t.SlipDays = s is { OriginalDeadline: { } from, Deadline: { } to } && to > from ? to.DayNumber - from.DayNumber : 0;
        t.Version = version;
    }
}

public sealed class TaskPlannedConsumer(ReportingDbContext db, TimeProvider time) : TaskSnapshotConsumer<TaskPlanned>(db, time)
{
    protected override TaskSnapshot SnapshotOf(TaskPlanned m) => m.Task;

    // Last activity is the later of the day it was planned and its latest progress report. After a rebuild's
    // wipe a live change may reach reporting before the replayed plan; its day must not stand in for planning.
    protected override async Task AlsoAsync(ReportedTask task, TaskPlanned m, CancellationToken ct)
    {
        var planned = DateOnly.FromDateTime(m.Meta.OccurredAt.UtcDateTime);
        var reported = await Db.ProgressNotes.Where(n => n.TaskId == task.TaskId).MaxAsync(n => (DateOnly?)n.ReportedOn, ct);
        task.LastActivityOn = reported > planned ? reported.Value : planned;
    }
}

public sealed class TaskAssignedConsumer(ReportingDbContext db, TimeProvider time) : TaskSnapshotConsumer<TaskAssigned>(db, time)
{
    protected override TaskSnapshot SnapshotOf(TaskAssigned m) => m.Task;
}

public sealed class TaskRevisedConsumer(ReportingDbContext db, TimeProvider time) : TaskSnapshotConsumer<TaskRevised>(db, time)
{
    protected override TaskSnapshot SnapshotOf(TaskRevised m) => m.Task;
}

public sealed class TaskDeadlineChangedConsumer(ReportingDbContext db, TimeProvider time) : TaskSnapshotConsumer<TaskDeadlineChanged>(db, time)
{
    protected override TaskSnapshot SnapshotOf(TaskDeadlineChanged m) => m.Task;
}

public sealed class ExtensionRequestedConsumer(ReportingDbContext db, TimeProvider time) : TaskSnapshotConsumer<ExtensionRequested>(db, time)
{
    protected override TaskSnapshot SnapshotOf(ExtensionRequested m) => m.Task;
}

public sealed class ExtensionRejectedConsumer(ReportingDbContext db, TimeProvider time) : TaskSnapshotConsumer<ExtensionRejected>(db, time)
{
    protected override TaskSnapshot SnapshotOf(ExtensionRejected m) => m.Task;
}

public sealed class CloseOutRequestedConsumer(ReportingDbContext db, TimeProvider time) : TaskSnapshotConsumer<CloseOutRequested>(db, time)
{
    protected override TaskSnapshot SnapshotOf(CloseOutRequested m) => m.Task;
}

public sealed class CloseOutApprovedConsumer(ReportingDbContext db, TimeProvider time) : TaskSnapshotConsumer<CloseOutApproved>(db, time)
{
    protected override TaskSnapshot SnapshotOf(CloseOutApproved m) => m.Task;
}

public sealed class TaskClosedConsumer(ReportingDbContext db, TimeProvider time) : TaskSnapshotConsumer<TaskClosed>(db, time)
{
    protected override TaskSnapshot SnapshotOf(TaskClosed m) => m.Task;
}

public sealed class TaskReturnedConsumer(ReportingDbContext db, TimeProvider time) : TaskSnapshotConsumer<TaskReturned>(db, time)
{
    protected override TaskSnapshot SnapshotOf(TaskReturned m) => m.Task;
}

public sealed class TaskReopenedConsumer(ReportingDbContext db, TimeProvider time) : TaskSnapshotConsumer<TaskReopened>(db, time)
{
    protected override TaskSnapshot SnapshotOf(TaskReopened m) => m.Task;
}

public sealed class TaskProgressReportedConsumer(ReportingDbContext db, TimeProvider time) : TaskSnapshotConsumer<TaskProgressReported>(db, time)
{
    protected override TaskSnapshot SnapshotOf(TaskProgressReported m) => m.Task;

    // A note is added whatever the order it arrives in; its entry id keeps a re-publication from doubling it.
    protected override async Task AlsoAsync(ReportedTask task, TaskProgressReported m, CancellationToken ct)
    {
        if (m.ReportedOn > task.LastActivityOn)
            task.LastActivityOn = m.ReportedOn;
        if (await Db.ProgressNotes.FindAsync([m.EntryId], ct) is null)
            Db.ProgressNotes.Add(new ProgressNote { EntryId = m.EntryId, TaskId = m.Task.TaskId, ReportedOn = m.ReportedOn, Narrative = m.Narrative, Position = m.Meta.Version });
    }
}

public sealed class OutcomeRecordedConsumer(ReportingDbContext db, TimeProvider time) : TaskSnapshotConsumer<OutcomeRecorded>(db, time)
{
    protected override TaskSnapshot SnapshotOf(OutcomeRecorded m) => m.Task;

    protected override Task AlsoAsync(ReportedTask t, OutcomeRecorded m, CancellationToken ct) => OutcomeTotalsOf.ApplyAsync(t, m.Totals, m.Meta.Version);
}

/// <summary>A figure removed in error: the task's totals without it, by the same version rule.</summary>
public sealed class OutcomeFigureRemovedConsumer(ReportingDbContext db, TimeProvider time) : TaskSnapshotConsumer<OutcomeFigureRemoved>(db, time)
{
    protected override TaskSnapshot SnapshotOf(OutcomeFigureRemoved m) => m.Task;

    protected override Task AlsoAsync(ReportedTask t, OutcomeFigureRemoved m, CancellationToken ct) => OutcomeTotalsOf.ApplyAsync(t, m.Totals, m.Meta.Version);
}

/// <summary>Outcome totals have their own version: the newest totals win whichever event brought them.</summary>
internal static class OutcomeTotalsOf
{
    public static Task ApplyAsync(ReportedTask t, OutcomeTotals o, long version)
    {
        if (version <= t.OutcomesVersion)
            return Task.CompletedTask;
        (t.RulesMade, t.RulesRevised, t.TalkPeople, t.TalkBatches, t.PeopleHeldAccountable) = (o.RulesMade, o.RulesRevised, o.TalkPeople, o.TalkBatches, o.PeopleHeldAccountable);
        (t.MoneyReturnedFen, t.MoneyRecoveredFen, t.OutcomesVersion) = ((long)Math.Round(o.MoneyReturned * 100m), (long)Math.Round(o.MoneyRecovered * 100m), version);
        return Task.CompletedTask;
    }
}
