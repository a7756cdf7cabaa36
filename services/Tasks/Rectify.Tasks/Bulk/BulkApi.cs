using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Rectify.ServiceDefaults.Errors;
using Rectify.ServiceDefaults.Hosting;
using Rectify.Tasks.Apis;
using Rectify.Tasks.Model;

namespace Rectify.Tasks.Bulk;

/// <summary>Replaces the three responsibles of every task listed, as <c>PUT /{id}/assignment</c> does for one.</summary>
public sealed record BulkAssignmentRequest(
    [property: Required, MinLength(1), MaxLength(500)] List<Guid> TaskIds,
    Guid? ResponsibleLeaderId = null,
    [property: StringLength(200)] string? ResponsibleLeader = null,
    [property: StringLength(200)] string? ResponsibleDepartment = null,
    Guid? ResponsiblePersonId = null);

/// <summary>Sets one new deadline, with its reason, on every task listed, as <c>PUT /{id}/deadline</c> does for one.</summary>
public sealed record BulkDeadlineRequest(
    [property: Required, MinLength(1), MaxLength(500)] List<Guid> TaskIds,
    [property: Required] DateOnly? Deadline,
    [property: Required, StringLength(1000, MinimumLength = 2)] string Reason);

public sealed record BulkResult(List<TaskSummary> Tasks);

public static class BulkApi
{
    public static IEndpointRouteBuilder MapBulkApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapServiceApi(TasksModule.Name, "/api/tasks/bulk").WithTags("Tasks");
        api.MapPost("/assignment", AssignAsync).Validate<BulkAssignmentRequest>();
        api.MapPost("/deadline", ChangeDeadlineAsync).Validate<BulkDeadlineRequest>();
        return app;
    }

    private static async Task<Results<Ok<BulkResult>, ProblemHttpResult>> AssignAsync(
        BulkAssignmentRequest request, BulkChanges bulk, TaskViews views, CancellationToken ct) =>
        Answer(await bulk.AssignAsync(request.TaskIds,
            new AssignmentInput(request.ResponsibleLeaderId, request.ResponsibleLeader, request.ResponsibleDepartment, request.ResponsiblePersonId), ct), views);

    private static async Task<Results<Ok<BulkResult>, ProblemHttpResult>> ChangeDeadlineAsync(
        BulkDeadlineRequest request, BulkChanges bulk, TaskViews views, CancellationToken ct) =>
        Answer(await bulk.ChangeDeadlineAsync(request.TaskIds, request.Deadline!.Value, request.Reason.Trim(), ct), views);

    private static Results<Ok<BulkResult>, ProblemHttpResult> Answer(BulkOutcome outcome, TaskViews views) =>
        outcome.Errors.Count == 0
            ? TypedResults.Ok(new BulkResult([.. outcome.Tasks.Select(views.Summary)]))
            : TypedResults.Problem(
                $"{outcome.Errors.Count} 项任务不能修改，全部未修改。",
                statusCode: StatusCodes.Status400BadRequest,
                title: "Some tasks were refused; nothing was changed.",
                extensions: new Dictionary<string, object?> { ["items"] = outcome.Errors });
}
