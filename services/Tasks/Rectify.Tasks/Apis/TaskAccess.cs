using System.Security.Claims;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Rectify.ServiceDefaults.Auth;
using Rectify.ServiceDefaults.Data;
using Rectify.ServiceDefaults.Errors;
using Rectify.ServiceDefaults.Replicas;
using Rectify.Tasks.Infrastructure;
using Rectify.Tasks.Model;

namespace Rectify.Tasks.Apis;

/// <summary>
/// Who may do what to a task. Out of scope reads as absent (404); in scope without the right is 403.
/// Planning is the unit coordinator's or the inspection office's; reporting is the responsible
/// person's or leader's on their own tasks (or the coordinator's on the unit's behalf); closing is the
/// reviewers': level 1 the coordinator, level 2 the inspection office. An administrator may do all.
/// </summary>
public sealed class TaskAccess(TasksDbContext db, UnitScope scope, IHttpContextAccessor http, IOptions<TasksOptions> options, TimeProvider time)
{
    public Actor Actor => new(scope.Actor, http.HttpContext?.User.FindFirstValue(RectifyClaims.Name));

    public async Task<(RectificationTask Task, UnitReplica Unit)> VisibleAsync(Guid id, CancellationToken ct)
    {
        var found = await (from t in db.Tasks
                           join u in db.Units on t.UnitId equals u.UnitId
                           where t.Id == id
                           select new { t, u }).FirstOrDefaultAsync(ct);
        if (found is null || !CanSee(found.u))
            throw new NotFoundException("Task");
        return (found.t, found.u);
    }

    /// <summary>Loads the task for a change, after the caller's If-Match (when sent) matches its version.</summary>
    public async Task<(RectificationTask Task, UnitReplica Unit)> ForChangeAsync(Guid id, HttpContext context, CancellationToken ct)
    {
        var found = await VisibleAsync(id, ct);
        var ifMatch = context.Request.Headers.IfMatch.ToString().Trim().Trim('"');
        if (ifMatch.Length > 0 && ifMatch != "*" && ifMatch != found.Task.Version.ToString())
            throw await TaskChangedException.SinceAsync(db, found.Task, ifMatch, ct);
        return found;
    }

    /// <summary>
    /// Loads, checks and changes one task as a queued write (<see cref="QueuedWrites"/>): people reporting on the same
    /// task at the same moment are taken one after the other, each on the task as the one before left it, instead of
    /// the later ones being refused. If-Match (when sent) is checked against the task as it is when the turn comes.
    /// </summary>
    public async Task<(RectificationTask Task, T Result)> ChangeAsync<T>(
        Guid id, HttpContext context, Func<RectificationTask, UnitReplica, CancellationToken, Task<T>> change, CancellationToken ct) =>
        await db.QueuedWriteAsync<RectificationTask, (RectificationTask, T)>(t => t.Id == id, t => t.Version, async c =>
        {
            // A task tracked from an earlier read (or a failed attempt) would be returned as it was, not as it is now.
            db.ChangeTracker.Clear();
            var (task, unit) = await ForChangeAsync(id, context, c);
            return (task, await change(task, unit, c));
        }, ct);

    public async Task<RectificationTask> ChangeAsync(Guid id, HttpContext context, Func<RectificationTask, UnitReplica, CancellationToken, Task> change, CancellationToken ct) =>
        (await ChangeAsync(id, context, async (task, unit, c) => { await change(task, unit, c); return true; }, ct)).Task;

    public async Task<(InspectionReplica Inspection, UnitReplica Unit)> InspectionAsync(Guid id, CancellationToken ct)
    {
        var found = await (from i in db.Inspections
                           join u in db.Units on i.UnitId equals u.UnitId
                           where i.InspectionId == id
                           select new { i, u }).FirstOrDefaultAsync(ct);
        if (found is null || !CanSee(found.u))
            throw new NotFoundException("Inspection");
        return (found.i, found.u);
    }

    /// <summary>The finding a new task hangs on: unknown and out of scope alike are a 400 on findingId (a reference in the body).</summary>
    public async Task<(FindingReplica Finding, UnitReplica Unit)> FindingForPlanAsync(Guid findingId, CancellationToken ct)
    {
        var found = await (from f in db.Findings
                           join u in db.Units on f.UnitId equals u.UnitId
                           where f.FindingId == findingId && !f.Withdrawn
                           select new { f, u }).FirstOrDefaultAsync(ct);
        if (found is null || !CanSee(found.u))
            throw new FieldException("findingId", "No such finding.");
        RequirePlanner(found.u);
        if (await db.Inspections.AnyAsync(i => i.InspectionId == found.f.InspectionId && i.ClosedOn != null, ct))
            throw new ForbiddenException("The inspection is closed; no new tasks can be planned for it.");
        return (found.f, found.u);
    }

    public void RequirePlanner(UnitReplica unit) =>
        Require(scope.Holds(unit.UnitId, unit.JurisdictionPath, RectifyRoles.UnitCoordinator, RectifyRoles.InspectionOffice),
            "Only the unit coordinator or the inspection office plans and assigns tasks.");

    /// <summary>Whoever approves extensions may also change a deadline directly.</summary>
    public void RequireDeadlineAuthority(UnitReplica unit) =>
        Require(options.Value.OfficeApprovesExtensions
                ? scope.Holds(unit.UnitId, unit.JurisdictionPath, RectifyRoles.InspectionOffice)
                : scope.Holds(unit.UnitId, unit.JurisdictionPath, RectifyRoles.UnitCoordinator, RectifyRoles.InspectionOffice),
            options.Value.OfficeApprovesExtensions
                ? "In this deployment only the inspection office approves and changes deadlines."
                : "Only the unit coordinator (or the inspection office) approves and changes deadlines.");

    /// <summary>Reporting progress, figures, extension and close-out requests: one's own tasks, or the coordinator for the unit.</summary>
    public void RequireReporter(RectificationTask task, UnitReplica unit)
    {
        if (scope.Holds(unit.UnitId, unit.JurisdictionPath, RectifyRoles.UnitCoordinator))
            return;
        var own = scope.PersonId is { } person && (task.ResponsiblePersonId == person || task.ResponsibleLeaderId == person)
            && scope.Holds(unit.UnitId, unit.JurisdictionPath, RectifyRoles.ResponsiblePerson, RectifyRoles.ResponsibleLeader);
        Require(own, "Only the task's responsible person or leader (or the unit coordinator) reports on it.");
    }

    public void RequireReviewer(RectificationTask task, UnitReplica unit)
    {
        var level = task.PendingReviewLevel ?? 1;
        var role = level == 1 ? RectifyRoles.UnitCoordinator : RectifyRoles.InspectionOffice;
        Require(scope.Holds(unit.UnitId, unit.JurisdictionPath, role),
            level == 1 ? "Close-out is reviewed at level 1 by the unit coordinator." : "Close-out is reviewed at level 2 by the inspection office.");
    }

    /// <summary>The deadline lock (到期锁定) and its lifting are the inspection office's (or an administrator's).</summary>
    public bool IsOffice(UnitReplica unit) => scope.Holds(unit.UnitId, unit.JurisdictionPath, RectifyRoles.InspectionOffice);

    public void RequireOffice(UnitReplica unit) =>
        Require(IsOffice(unit), "Only the inspection office unlocks a task locked by its passed deadline.");

    /// <summary>Whether the deadline lock binds this caller on this task: it is locked and the caller is not the office.</summary>
    public bool LockedFor(RectificationTask task, UnitReplica unit) =>
        DeadlineLock.IsLocked(task, options.Value.Today(time)) && !IsOffice(unit);

    /// <summary>
    /// A task locked by its passed deadline refuses <paramref name="what"/> (a 409) to everyone but the inspection office,
    /// until the office unlocks it.
    /// </summary>
    public void RequireUnlocked(RectificationTask task, UnitReplica unit, string what)
    {
        if (LockedFor(task, unit))
            throw new TaskConflictException($"The deadline has passed: the task is locked (到期锁定) and {what} needs the inspection office to unlock it.");
    }

    /// <summary>Changing a deadline: the deadline right, and not while the task is locked (unless the caller is the office).</summary>
    public void RequireDeadlineAuthority(RectificationTask task, UnitReplica unit)
    {
        RequireDeadlineAuthority(unit);
        RequireUnlocked(task, unit, "changing its deadline");
    }

    public void RequireReopener(UnitReplica unit) =>
        Require(scope.Holds(unit.UnitId, unit.JurisdictionPath, RectifyRoles.UnitCoordinator, RectifyRoles.InspectionOffice),
            "Only the unit coordinator or the inspection office reopens a closed task.");

    private bool CanSee(UnitReplica unit) => scope.IsAdministrator || scope.CanSee(unit.UnitId, unit.JurisdictionPath);

    private static void Require(bool allowed, string message)
    {
        if (!allowed)
            throw new ForbiddenException(message);
    }
}
