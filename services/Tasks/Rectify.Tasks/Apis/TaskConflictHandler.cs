using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Rectify.Tasks.Model;

namespace Rectify.Tasks.Apis;

/// <summary>A refused transition or a stale If-Match (saying who changed what) is a 409 problem: the request is fine, the task has moved on.</summary>
internal sealed class TaskConflictHandler(IProblemDetailsService problems) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        if (exception is not (TaskConflictException or TaskChangedException))
            return false;
        var problem = new ProblemDetails { Status = StatusCodes.Status409Conflict, Title = "Conflict", Detail = exception.Message };
        if (exception is TaskChangedException changed)
        {
            problem.Extensions["currentVersion"] = changed.CurrentVersion;
            problem.Extensions["changedBy"] = changed.ChangedBy;
            problem.Extensions["changedAt"] = changed.ChangedAt;
            problem.Extensions["changedFields"] = changed.ChangedFields;
        }
        httpContext.Response.StatusCode = StatusCodes.Status409Conflict;
        return await problems.TryWriteAsync(new ProblemDetailsContext { HttpContext = httpContext, ProblemDetails = problem, Exception = exception });
    }
}
