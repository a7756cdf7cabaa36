using Microsoft.EntityFrameworkCore;
using Rectify.ServiceDefaults.Replicas;
using Rectify.Tasks.Infrastructure;
using Rectify.Tasks.Model;
using L = Rectify.Tasks.Ledger.LedgerLayout;

namespace Rectify.Tasks.Ledger;

public sealed record LedgerCreated(int No, Guid TaskId);

public sealed record LedgerResult(int Created, int Updated, int Unchanged, List<LedgerCreated> CreatedTasks);

/// <summary>Either every error found, or what was written.</summary>
public sealed record LedgerOutcome(List<LedgerError> Errors, LedgerResult? Result);

/// <summary>
/// Who is importing, whether they may change deadlines (else why not), and which tasks the deadline lock (到期锁定)
/// keeps them from re-dating.
/// </summary>
public sealed record LedgerCaller(Actor Actor, string? DeadlineRefusal, Func<RectificationTask, bool> Locked);

/// <summary>
/// Imports a ledger onto an inspection's tasks: rows with a 任务编号 update that task (responsibles,
/// deadline), rows without one plan a new task. Every row is checked first and every error reported;
/// only a clean ledger is applied, in one transaction, through the task book — so each change is
/// audited and published exactly as if made one by one, and an unchanged ledger writes nothing.
/// </summary>
public sealed class LedgerImport(TasksDbContext db, TaskBook book)
{
    public async Task<LedgerOutcome> RunAsync(InspectionReplica inspection, UnitReplica unit, Stream xlsx, LedgerCaller caller, CancellationToken ct)
    {
        var errors = new List<LedgerError>();
        var sheets = LedgerSheets.Read(xlsx, errors, L.TasksSheet, L.ResponsiblesSheet);
        if (errors.Count > 0)
            return new LedgerOutcome(errors, null);
        return await AllOrNothing.RunAsync(db, async () =>
        {
            var findings = await db.Findings.AsNoTracking().Where(f => f.InspectionId == inspection.InspectionId && !f.Withdrawn).ToListAsync(ct);
            var tasks = await db.Tasks.Where(t => t.InspectionId == inspection.InspectionId).ToDictionaryAsync(t => t.Id, ct);
            var people = await db.People.AsNoTracking().Where(p => p.UnitId == unit.UnitId).ToListAsync(ct);
            var check = new LedgerRows(findings, tasks, people, inspection.ClosedOn is not null, caller.DeadlineRefusal, caller.Locked);
            var plans = check.Tasks(sheets[L.TasksSheet]);
            check.Responsibles(sheets[L.ResponsiblesSheet], plans);
            if (check.Errors.Count > 0)
                return (false, new LedgerOutcome(Sorted(check.Errors), null));
            return (true, new LedgerOutcome([], await ApplyAsync(plans, caller.Actor, ct)));
        }, ct);
    }

    private async Task<LedgerResult> ApplyAsync(IReadOnlyList<LedgerPlan> plans, Actor actor, CancellationToken ct)
    {
        var created = new List<LedgerCreated>();
        int updated = 0, unchanged = 0;
        foreach (var plan in plans)
        {
            var a = plan.Assignment;
            if (plan.Task is not { } task)
            {
                var input = new PlanInput(plan.Measures, plan.Kind, a?.ResponsibleLeaderId, a?.ResponsibleLeader, a?.ResponsibleDepartment,
                    a?.ResponsiblePersonId, plan.NewDeadline);
                created.Add(new LedgerCreated(plan.No, (await book.PlanAsync(plan.Finding!, input, actor, ct)).Id));
                continue;
            }
            var version = task.Version;
            if (a is not null)
                await book.AssignAsync(task, a, actor, ct);
            if (plan.NewDeadline is { } deadline)
                await book.ChangeDeadlineAsync(task, deadline, plan.DeadlineReason!, actor, ct);
            // After the deadline: a task without one may get it in the same row that makes it time-limited.
            if (plan.Measures != task.Measures || plan.Kind != task.Kind)
                await book.ReviseAsync(task, plan.Measures, plan.Kind, actor, ct);
            if (task.Version != version)
                updated++;
            else
                unchanged++;
        }
        return new LedgerResult(created.Count, updated, unchanged, created);
    }

    private static List<LedgerError> Sorted(IEnumerable<LedgerError> errors) =>
        [.. errors.OrderBy(e => e.Sheet == L.TasksSheet ? 0 : 1).ThenBy(e => e.Row).ThenBy(e => L.ColumnsOf(e.Sheet).TakeWhile(c => c != e.Column).Count())];
}
