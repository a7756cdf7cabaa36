namespace Rectify.Web.Api;

/// <summary>The tasks service: plans, my tasks, task detail and every write on a task (docs/tasks.md).</summary>
public sealed partial class RectifyApiClient
{
    private const string Tasks = "api/tasks";

    /// <summary>GET api/tasks/inspections/{id}/plan.</summary>
    public Task<TaskPlan> GetTaskPlanAsync(string inspectionId, CancellationToken cancellationToken = default) =>
        GetAsync<TaskPlan>($"{Tasks}/inspections/{Segment(inspectionId)}/plan", cancellationToken);

    /// <summary>GET api/tasks/mine: open first, by deadline, as the API orders them.</summary>
    public Task<List<TaskSummary>> GetMyTasksAsync(CancellationToken cancellationToken = default) =>
        GetAllAsync<TaskSummary>($"{Tasks}/mine", cancellationToken);

    /// <summary>GET api/tasks?state=…: tasks of the units in scope.</summary>
    public Task<List<TaskSummary>> GetTasksAsync(string? state = null, CancellationToken cancellationToken = default) =>
        GetAllAsync<TaskSummary>(state is null ? Tasks : $"{Tasks}?state={Segment(state)}", cancellationToken);

    /// <summary>GET api/tasks/review-queue?level=…: close-outs awaiting that review level across the caller's scope, oldest first.</summary>
    public Task<List<ReviewQueueItem>> GetReviewQueueAsync(int level, CancellationToken cancellationToken = default) =>
        GetAllAsync<ReviewQueueItem>($"{Tasks}/review-queue?level={level}", cancellationToken);

    /// <summary>GET api/tasks/{id}.</summary>
    public Task<TaskDetail> GetTaskAsync(string id, CancellationToken cancellationToken = default) =>
        GetAsync<TaskDetail>($"{Tasks}/{Segment(id)}", cancellationToken);

    /// <summary>POST api/tasks: the new task, or the 400 problem.</summary>
    public Task<ApiCreated<TaskSummary>> PlanTaskAsync(NewTask task, CancellationToken cancellationToken = default) =>
        CreateAsync<TaskSummary>(Tasks, Json(task), cancellationToken);

    public Task<ApiValidationProblem?> AssignTaskAsync(string id, long version, TaskAssignment assignment, CancellationToken cancellationToken = default) =>
        TaskWriteAsync(HttpMethod.Put, id, "assignment", version, assignment, cancellationToken);

    public Task<ApiValidationProblem?> ReviseTaskAsync(string id, long version, string? measures, string? kind, CancellationToken cancellationToken = default) =>
        TaskWriteAsync(HttpMethod.Put, id, "measures", version, new { measures, kind }, cancellationToken);

    public Task<ApiValidationProblem?> ChangeDeadlineAsync(string id, long version, string? deadline, string? reason, CancellationToken cancellationToken = default) =>
        TaskWriteAsync(HttpMethod.Put, id, "deadline", version, new { deadline, reason }, cancellationToken);

    public Task<ApiValidationProblem?> RequestExtensionAsync(string id, long version, string? deadline, string? reason, CancellationToken cancellationToken = default) =>
        TaskWriteAsync(HttpMethod.Post, id, "extensions", version, new { deadline, reason }, cancellationToken);

    public Task<ApiValidationProblem?> DecideExtensionAsync(
        string id, long version, string requestId, bool approve, string? reason, string? deadline = null, CancellationToken cancellationToken = default) =>
        TaskWriteAsync(HttpMethod.Post, id, $"extensions/{Segment(requestId)}/decision", version,
            new { approve, reason, deadline = string.IsNullOrWhiteSpace(deadline) ? null : deadline }, cancellationToken);

    // Appends (progress, outcomes) and requests on one's own behalf go without If-Match: someone else appending at the
    // same moment changes nothing the writer saw, and the service queues them (a refused state is still a 409).
    public Task<ApiValidationProblem?> ReportProgressAsync(
        string id, string? reportedOn, string? narrative, IReadOnlyList<NewFigure>? figures, CancellationToken cancellationToken = default) =>
        TaskWriteAsync(HttpMethod.Post, id, "progress", null, new { reportedOn, narrative, figures }, cancellationToken);

    public Task<ApiValidationProblem?> RecordOutcomesAsync(string id, IReadOnlyList<NewFigure> figures, CancellationToken cancellationToken = default) =>
        TaskWriteAsync(HttpMethod.Post, id, "outcomes", null, new { figures }, cancellationToken);

    public Task<ApiValidationProblem?> RemoveOutcomeAsync(string id, string outcomeId, string? reason, CancellationToken cancellationToken = default) =>
        TaskWriteAsync<object?>(HttpMethod.Delete, id, $"outcomes/{Segment(outcomeId)}?reason={Uri.EscapeDataString(reason ?? "")}", null, null, cancellationToken);

    public Task<ApiValidationProblem?> RequestCloseOutAsync(string id, string? note, CancellationToken cancellationToken = default) =>
        TaskWriteAsync(HttpMethod.Post, id, "close-out", null, new { note }, cancellationToken);

    public Task<ApiValidationProblem?> ReviewCloseOutAsync(string id, long version, bool approve, string? reason, CancellationToken cancellationToken = default) =>
        TaskWriteAsync(HttpMethod.Post, id, "close-out/review", version, new { approve, reason }, cancellationToken);

    /// <summary>The inspection office lifts the deadline lock (到期锁定), with the reason.</summary>
    public Task<ApiValidationProblem?> UnlockTaskAsync(string id, string? reason, CancellationToken cancellationToken = default) =>
        TaskWriteAsync(HttpMethod.Post, id, "unlock", null, new { reason }, cancellationToken);

    public Task<ApiValidationProblem?> ReopenTaskAsync(string id, string? reason, CancellationToken cancellationToken = default) =>
        TaskWriteAsync(HttpMethod.Post, id, "reopen", null, new { reason }, cancellationToken);

    /// <summary>
    /// A write on a task. With a version it goes with If-Match: the version the page showed, for the edits two people
    /// really make to the same thing (measures, deadline, assignment) and the decisions taken on what the page showed
    /// (extensions, close-out review); a task someone else changed since then answers 409 naming who changed what
    /// (thrown, <see cref="ApiFailedException.Conflict"/>).
    /// </summary>
    private Task<ApiValidationProblem?> TaskWriteAsync<T>(
        HttpMethod method, string id, string action, long? version, T body, CancellationToken cancellationToken) =>
        WriteAsync(method, $"{Tasks}/{Segment(id)}/{action}", body, cancellationToken, version);
}
