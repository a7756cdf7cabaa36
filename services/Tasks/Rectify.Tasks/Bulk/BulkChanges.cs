using Microsoft.EntityFrameworkCore;
using Rectify.ServiceDefaults.Errors;
using Rectify.ServiceDefaults.Replicas;
using Rectify.Tasks.Apis;
using Rectify.Tasks.Infrastructure;
using Rectify.Tasks.Model;

namespace Rectify.Tasks.Bulk;

/// <summary>Why one task of a bulk change was refused: the status the single call would have answered, and the field when it was one.</summary>
public sealed record BulkItemError(Guid TaskId, int Status, string? Field, string Reason);

public sealed record BulkOutcome(List<BulkItemError> Errors, List<RectificationTask> Tasks);

/// <summary>
/// Bulk reassignment and bulk deadline change: each task is checked exactly as the single call checks
/// it (scope, rights, state, values); if any is refused, nothing is changed and every refusal is
/// listed. Otherwise each change goes through the task book — audited and published per task — in
/// one transaction.
/// </summary>
public sealed class BulkChanges(TasksDbContext db, TaskAccess access, TaskBook book)
{
    public Task<BulkOutcome> AssignAsync(IReadOnlyList<Guid> ids, AssignmentInput input, CancellationToken ct) =>
        RunAsync(ids, async (task, unit) =>
        {
            access.RequirePlanner(unit);
            TaskStateMachine.Require(task, TaskAction.Assign);
            await RequirePersonAsync(input.ResponsibleLeaderId, task.UnitId, "responsibleLeaderId", ct);
            await RequirePersonAsync(input.ResponsiblePersonId, task.UnitId, "responsiblePersonId", ct);
        }, task => book.AssignAsync(task, input, access.Actor, ct), ct);

    public Task<BulkOutcome> ChangeDeadlineAsync(IReadOnlyList<Guid> ids, DateOnly deadline, string reason, CancellationToken ct) =>
        RunAsync(ids, (task, unit) =>
        {
            access.RequireDeadlineAuthority(task, unit);
            TaskStateMachine.Require(task, TaskAction.ChangeDeadline);
            if (task.Deadline == deadline)
                throw new FieldException("deadline", "That is already the deadline.");
            return Task.CompletedTask;
        }, task => book.ChangeDeadlineAsync(task, deadline, reason, access.Actor, ct), ct);

    private Task<BulkOutcome> RunAsync(
        IReadOnlyList<Guid> ids, Func<RectificationTask, UnitReplica, Task> check, Func<RectificationTask, Task> apply, CancellationToken ct) =>
        AllOrNothing.RunAsync(db, async () =>
        {
            var errors = new List<BulkItemError>();
            var tasks = new List<RectificationTask>();
            foreach (var id in ids.Distinct())
            {
                var error = await RefusalAsync(id, async () =>
                {
                    var (task, unit) = await access.VisibleAsync(id, ct);
                    await check(task, unit);
                    tasks.Add(task);
                });
                if (error is not null)
                    errors.Add(error);
            }
            if (errors.Count > 0)
                return (false, new BulkOutcome(errors, []));
            foreach (var task in tasks)
                if (await RefusalAsync(task.Id, () => apply(task)) is { } failed)
                    return (false, new BulkOutcome([failed], []));
            return (true, new BulkOutcome([], tasks));
        }, ct);

    private static async Task<BulkItemError?> RefusalAsync(Guid id, Func<Task> step)
    {
        try
        {
            await step();
            return null;
        }
        catch (NotFoundException e)
        {
            return new BulkItemError(id, 404, null, e.Message);
        }
        catch (ForbiddenException e)
        {
            return new BulkItemError(id, 403, null, e.Message);
        }
        catch (TaskConflictException e)
        {
            return new BulkItemError(id, 409, null, e.Message);
        }
        catch (FieldException e)
        {
            return new BulkItemError(id, 400, e.Field, e.Message);
        }
    }

    private async Task RequirePersonAsync(Guid? personId, Guid unitId, string field, CancellationToken ct)
    {
        if (personId is { } id && !await db.People.AnyAsync(p => p.PersonId == id && p.UnitId == unitId, ct))
            throw new FieldException(field, "No such person in the task's unit.");
    }
}
