using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Rectify.Contracts.Tasks;
using Rectify.ServiceDefaults.Auth;
using Rectify.ServiceDefaults.Errors;
using Rectify.ServiceDefaults.Hosting;
using Rectify.ServiceDefaults.Replicas;
using Rectify.Tasks.Evidence;
using Rectify.Tasks.Infrastructure;
using Rectify.Tasks.Model;

namespace Rectify.Tasks.Apis;

/// <summary>
/// Rectification tasks: planning, assignment, deadlines and extensions, progress and outcome figures,
/// close-out and its review, reopening. Every write answers with the task and its version as ETag;
/// sending that back as If-Match turns a concurrent edit into a 409 that says who changed what. Writes to one
/// task queue (<see cref="TaskAccess.ChangeAsync"/>): several people reporting at once are all accepted.
/// </summary>
public static class TasksApi
{
    public static IEndpointRouteBuilder MapTasksApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapServiceApi(TasksModule.Name, "/api/tasks").WithTags("Tasks");
        api.MapGet("/", ListAsync);
        api.MapGet("/mine", MineAsync);
        api.MapGet("/{id:guid}", GetAsync);
        api.MapGet("/{id:guid}/audit", AuditAsync);
        api.MapPost("/", PlanAsync).Validate<PlanRequest>();
        api.MapPut("/{id:guid}/assignment", AssignAsync).Validate<AssignmentRequest>();
        api.MapPut("/{id:guid}/measures", ReviseAsync).Validate<RevisionRequest>();
        api.MapPut("/{id:guid}/deadline", ChangeDeadlineAsync).Validate<DeadlineRequest>();
        api.MapPost("/{id:guid}/extensions", RequestExtensionAsync).Validate<DeadlineRequest>();
        api.MapPost("/{id:guid}/extensions/{requestId:guid}/decision", DecideExtensionAsync).Validate<DecisionRequest>();
        api.MapPost("/{id:guid}/progress", ReportProgressAsync).Validate<ProgressRequest>();
        api.MapPost("/{id:guid}/outcomes", RecordOutcomesAsync).Validate<OutcomesRequest>();
        api.MapDelete("/{id:guid}/outcomes/{outcomeId:guid}", RemoveOutcomeAsync);
        api.MapPost("/{id:guid}/close-out", RequestCloseOutAsync).Validate<CloseOutBody>();
        api.MapPost("/{id:guid}/close-out/review", ReviewCloseOutAsync).Validate<DecisionRequest>();
        api.MapPost("/{id:guid}/reopen", ReopenAsync).Validate<ReopenRequest>();
        api.MapPost("/{id:guid}/unlock", UnlockAsync).Validate<UnlockRequest>();
        api.MapGet("/review-queue", ReviewQueue.ListAsync);
        api.MapGet("/inspections/{inspectionId:guid}/plan", PlanOfInspectionAsync);
        api.MapGet("/inspections/{inspectionId:guid}/audit", InspectionAuditAsync);
        return app;
    }

    /// <summary>Tasks of units in scope, optionally of one unit, inspection or state; by deadline (none last), a page at a time.</summary>
    private static async Task<Ok<List<TaskSummary>>> ListAsync(
        Guid? unitId, Guid? inspectionId, string? state, int? skip, int? take, TasksDbContext db, UnitScope scope, TaskViews views,
        HttpContext context, CancellationToken ct)
    {
        var page = ListPage.Of(skip, take);
        var tasks = db.Tasks.AsNoTracking();
        if (unitId is { } unit)
            tasks = tasks.Where(t => t.UnitId == unit);
        if (inspectionId is { } inspection)
            tasks = tasks.Where(t => t.InspectionId == inspection);
        if (state is { Length: > 0 })
            tasks = tasks.Where(t => t.State == state);
        var visible = from t in tasks
                      join u in db.Units.AsNoTracking().Where(scope.Visible<UnitReplica>(u => u.UnitId, u => u.JurisdictionPath)) on t.UnitId equals u.UnitId
                      select t;
        var rows = await visible.OrderBy(t => t.Deadline == null).ThenBy(t => t.Deadline).ThenBy(t => t.Id).PageAsync(page, context, ct);
        return TypedResults.Ok(rows.Select(views.Summary).ToList());
    }

    /// <summary>The signed-in person's tasks (as responsible person or leader), open ones first by deadline, with traffic lights.</summary>
    private static async Task<Ok<List<TaskSummary>>> MineAsync(int? skip, int? take, TasksDbContext db, UnitScope scope, TaskViews views,
        HttpContext context, CancellationToken ct)
    {
        var page = ListPage.Of(skip, take);
        if (scope.PersonId is not { } person)
            return TypedResults.Ok(Array.Empty<TaskSummary>().Page(page, context));
        var mine = from t in db.Tasks.AsNoTracking().Where(t => t.ResponsiblePersonId == person || t.ResponsibleLeaderId == person)
                   join u in db.Units.AsNoTracking().Where(scope.Visible<UnitReplica>(u => u.UnitId, u => u.JurisdictionPath)) on t.UnitId equals u.UnitId
                   select t;
        var rows = await mine
            .OrderBy(t => t.State == TaskStates.Closed || t.State == TaskStates.CompletedSustained)
            .ThenBy(t => t.Deadline == null).ThenBy(t => t.Deadline).ThenBy(t => t.Id)
            .PageAsync(page, context, ct);
        return TypedResults.Ok(rows.Select(views.Summary).ToList());
    }

    private static async Task<Ok<TaskDetail>> GetAsync(
        Guid id, TaskAccess access, TasksDbContext db, TaskViews views, EvidenceViews evidence, HttpContext context, CancellationToken ct)
    {
        var (task, _) = await access.VisibleAsync(id, ct);
        context.Response.Headers.ETag = $"\"{task.Version}\"";
        return TypedResults.Ok(await DetailAsync(task, db, views, evidence, ct));
    }

    private static async Task<Ok<List<AuditEntry>>> AuditAsync(
        Guid id, int? skip, int? take, TaskAccess access, TasksDbContext db, HttpContext context, CancellationToken ct)
    {
        var page = ListPage.Of(skip, take, ListPage.MaxTake);
        await access.VisibleAsync(id, ct);
        return TypedResults.Ok(await db.Audit.AsNoTracking().Where(a => a.TaskId == id).OrderBy(a => a.Id).PageAsync(page, context, ct));
    }

    private static async Task<Ok<List<AuditEntry>>> InspectionAuditAsync(
        Guid inspectionId, int? skip, int? take, TaskAccess access, TasksDbContext db, HttpContext context, CancellationToken ct)
    {
        var page = ListPage.Of(skip, take, ListPage.MaxTake);
        await access.InspectionAsync(inspectionId, ct);
        return TypedResults.Ok(await db.Audit.AsNoTracking().Where(a => a.InspectionId == inspectionId).OrderBy(a => a.Id).PageAsync(page, context, ct));
    }

    private static async Task<Ok<PlanResponse>> PlanOfInspectionAsync(Guid inspectionId, TaskAccess access, TasksDbContext db, TaskViews views, CancellationToken ct)
    {
        var (inspection, unit) = await access.InspectionAsync(inspectionId, ct);
        var findings = await db.Findings.AsNoTracking().Where(f => f.InspectionId == inspectionId && !f.Withdrawn).ToListAsync(ct);
        var tasks = (await db.Tasks.AsNoTracking().Where(t => t.InspectionId == inspectionId).ToListAsync(ct)).ToLookup(t => t.FindingId);
        var ordered = PlanOrder.DepthFirst(findings)
            .Select(f => new PlanFinding(f.FindingId, f.ParentId, f.Level, f.Ordinal, f.Title, f.ImmediateFix, f.Tags,
                [.. tasks[f.FindingId].OrderBy(t => t.CreatedAt).ThenBy(t => t.Id).Select(views.Summary)]))
            .ToList();
        return TypedResults.Ok(new PlanResponse(inspection.InspectionId, unit.UnitId, unit.Name, inspection.Team, inspection.Round, inspection.FeedbackOn,
            inspection.PlanDue, inspection.ClosedOn, ordered));
    }

    private static async Task<Created<TaskSummary>> PlanAsync(PlanRequest request, TaskAccess access, TaskBook book, TaskViews views, CancellationToken ct)
    {
        var (finding, _) = await access.FindingForPlanAsync(request.FindingId!.Value, ct);
        var task = await book.PlanAsync(finding, request.ToInput(), access.Actor, ct);
        return TypedResults.Created($"/api/tasks/{task.Id}", views.Summary(task));
    }

    private static async Task<Ok<TaskSummary>> AssignAsync(
        Guid id, AssignmentRequest request, TaskAccess access, TaskBook book, TaskViews views, HttpContext context, CancellationToken ct)
    {
        var task = await access.ChangeAsync(id, context, async (t, u, c) =>
        {
            access.RequirePlanner(u);
            await book.AssignAsync(t, request.ToInput(), access.Actor, c);
        }, ct);
        return Answer(task, views, context);
    }

    private static async Task<Ok<TaskSummary>> ReviseAsync(
        Guid id, RevisionRequest request, TaskAccess access, TaskBook book, TaskViews views, HttpContext context, CancellationToken ct)
    {
        var task = await access.ChangeAsync(id, context, async (t, u, c) =>
        {
            access.RequirePlanner(u);
            await book.ReviseAsync(t, request.Measures, request.Kind, access.Actor, c);
        }, ct);
        return Answer(task, views, context);
    }

    private static async Task<Ok<TaskSummary>> ChangeDeadlineAsync(
        Guid id, DeadlineRequest request, TaskAccess access, TaskBook book, TaskViews views, HttpContext context, CancellationToken ct)
    {
        var task = await access.ChangeAsync(id, context, async (t, u, c) =>
        {
            access.RequireDeadlineAuthority(t, u);
            await book.ChangeDeadlineAsync(t, request.Deadline!.Value, request.Reason, access.Actor, c);
        }, ct);
        return Answer(task, views, context);
    }

    private static async Task<Created<ExtensionRequest>> RequestExtensionAsync(
        Guid id, DeadlineRequest request, TaskAccess access, TaskBook book, HttpContext context, CancellationToken ct)
    {
        var (task, extension) = await access.ChangeAsync(id, context, (t, u, c) =>
        {
            access.RequireReporter(t, u);
            return book.RequestExtensionAsync(t, request.Deadline!.Value, request.Reason, access.Actor, c);
        }, ct);
        context.Response.Headers.ETag = $"\"{task.Version}\"";
        return TypedResults.Created($"/api/tasks/{id}", extension);
    }

    private static async Task<Ok<TaskSummary>> DecideExtensionAsync(
        Guid id, Guid requestId, DecisionRequest request, TaskAccess access, TaskBook book, TaskViews views, HttpContext context, CancellationToken ct)
    {
        var task = await access.ChangeAsync(id, context, async (t, u, c) =>
        {
            access.RequireDeadlineAuthority(u);
            if (request.Approve == true)
                access.RequireUnlocked(t, u, "extending its deadline");
            await book.DecideExtensionAsync(t, requestId, request.Approve!.Value, request.Reason, request.Deadline, access.Actor, c);
        }, ct);
        return Answer(task, views, context);
    }

    private static async Task<Ok<TaskSummary>> ReportProgressAsync(
        Guid id, ProgressRequest request, TaskAccess access, TaskBook book, TaskViews views, HttpContext context, CancellationToken ct)
    {
        var task = await access.ChangeAsync(id, context, async (t, u, c) =>
        {
            access.RequireReporter(t, u);
            var figures = Figures.Check(request.Figures);
            if (request.ReportedOn!.Value > views.Today)
                throw new FieldException("reportedOn", "Progress cannot be reported for a day still to come.");
            // Locked by its passed deadline, the task still takes progress, but only dated today.
            if (request.ReportedOn.Value < views.Today && DeadlineLock.IsLocked(t, views.Today) && !access.IsOffice(u))
                throw new FieldException("reportedOn", "The deadline has passed (到期锁定): progress can only be dated today until the inspection office unlocks the task.");
            await book.ReportProgressAsync(t, request.ReportedOn.Value, request.Narrative, figures, access.Actor, c);
        }, ct);
        return Answer(task, views, context);
    }

    private static async Task<Ok<TaskSummary>> RecordOutcomesAsync(
        Guid id, OutcomesRequest request, TaskAccess access, TaskBook book, TaskViews views, HttpContext context, CancellationToken ct)
    {
        var task = await access.ChangeAsync(id, context, async (t, u, c) =>
        {
            access.RequireReporter(t, u);
            await book.RecordOutcomesAsync(t, Figures.Check(request.Figures), access.Actor, c);
        }, ct);
        return Answer(task, views, context);
    }

    /// <summary><c>?reason=</c> is required: a figure leaves the totals only with a stated reason.</summary>
    private static async Task<Ok<TaskSummary>> RemoveOutcomeAsync(
        Guid id, Guid outcomeId, string? reason, TaskAccess access, TaskBook book, TaskViews views, HttpContext context, CancellationToken ct)
    {
        if (reason?.Trim() is not { Length: >= 2 and <= 1000 })
            throw new FieldException("reason", "Say why the figure is removed (2 to 1000 characters).");
        var task = await access.ChangeAsync(id, context, async (t, u, c) =>
        {
            access.RequireReporter(t, u);
            await book.RemoveOutcomeAsync(t, outcomeId, reason, access.Actor, c);
        }, ct);
        return Answer(task, views, context);
    }

    private static async Task<Ok<TaskSummary>> RequestCloseOutAsync(
        Guid id, CloseOutBody request, TaskAccess access, TaskBook book, TaskViews views, HttpContext context, CancellationToken ct)
    {
        var task = await access.ChangeAsync(id, context, async (t, u, c) =>
        {
            access.RequireReporter(t, u);
            access.RequireUnlocked(t, u, "submitting it for close-out");
            await book.RequestCloseOutAsync(t, request.Note, request.EvidenceIds, access.Actor, c);
        }, ct);
        return Answer(task, views, context);
    }

    private static async Task<Ok<TaskSummary>> ReviewCloseOutAsync(
        Guid id, DecisionRequest request, TaskAccess access, TaskBook book, TaskViews views, HttpContext context, CancellationToken ct)
    {
        var task = await access.ChangeAsync(id, context, async (t, u, c) =>
        {
            access.RequireReviewer(t, u);
            await book.ReviewCloseOutAsync(t, request.Approve!.Value, request.Reason, access.Actor, c);
        }, ct);
        return Answer(task, views, context);
    }

    private static async Task<Ok<TaskSummary>> ReopenAsync(
        Guid id, ReopenRequest request, TaskAccess access, TaskBook book, TaskViews views, HttpContext context, CancellationToken ct)
    {
        var task = await access.ChangeAsync(id, context, async (t, u, c) =>
        {
            access.RequireReopener(u);
            await book.ReopenAsync(t, request.Reason, access.Actor, c);
        }, ct);
        return Answer(task, views, context);
    }

    private static async Task<Ok<TaskSummary>> UnlockAsync(
        Guid id, UnlockRequest request, TaskAccess access, TaskBook book, TaskViews views, HttpContext context, CancellationToken ct)
    {
        var task = await access.ChangeAsync(id, context, async (t, u, c) =>
        {
            access.RequireOffice(u);
            await book.UnlockAsync(t, request.Reason, access.Actor, c);
        }, ct);
        return Answer(task, views, context);
    }

    private static Ok<TaskSummary> Answer(RectificationTask task, TaskViews views, HttpContext context)
    {
        context.Response.Headers.ETag = $"\"{task.Version}\"";
        return TypedResults.Ok(views.Summary(task));
    }

    private static async Task<TaskDetail> DetailAsync(RectificationTask task, TasksDbContext db, TaskViews views, EvidenceViews evidence, CancellationToken ct)
    {
        var finding = await db.Findings.AsNoTracking().FirstOrDefaultAsync(f => f.FindingId == task.FindingId, ct);
        var progress = await db.ProgressEntries.AsNoTracking().Where(p => p.TaskId == task.Id).ToListAsync(ct);
        var outcomes = await db.Outcomes.AsNoTracking().Where(o => o.TaskId == task.Id).ToListAsync(ct);
        var revisions = await db.DeadlineRevisions.AsNoTracking().Where(r => r.TaskId == task.Id).OrderBy(r => r.Version).ToListAsync(ct);
        var extensions = await db.ExtensionRequests.AsNoTracking().Where(r => r.TaskId == task.Id).ToListAsync(ct);
        var closeOuts = await db.CloseOutRequests.AsNoTracking().Where(r => r.TaskId == task.Id).ToListAsync(ct);
        var reviews = (await db.CloseOutReviews.AsNoTracking().Where(r => r.TaskId == task.Id).ToListAsync(ct)).ToLookup(r => r.RequestId);
        var audit = await db.Audit.AsNoTracking().Where(a => a.TaskId == task.Id).OrderBy(a => a.Id).ToListAsync(ct);
        var closeOutIds = closeOuts.Select(c => c.Id).ToList();
        var putForward = (await db.CloseOutEvidence.AsNoTracking().Where(e => closeOutIds.Contains(e.RequestId)).ToListAsync(ct)).ToLookup(e => e.RequestId, e => e.EvidenceId);
        return new TaskDetail(views.Summary(task), finding?.Ordinal, finding?.Title,
            [.. progress.OrderBy(p => p.ReportedOn).ThenBy(p => p.Position)], [.. outcomes.OrderBy(o => o.At).ThenBy(o => o.Id)], Outcomes.Total(outcomes), revisions,
            [.. extensions.OrderBy(e => e.RequestedAt)],
            [.. closeOuts.OrderBy(c => c.RequestedAt).Select(c => new CloseOutView(c, [.. reviews[c.Id].OrderBy(r => r.At).ThenBy(r => r.Level)], [.. putForward[c.Id]]))], audit,
            await evidence.OfTaskAsync(task.Id, includeRemoved: false, ct));
    }
}
