using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Rectify.ServiceDefaults.Data;

namespace Rectify.ServiceDefaults.Errors;

/// <summary>Turns the domain's exceptions and database conflicts into problem details.</summary>
internal sealed class DomainExceptionHandler(IProblemDetailsService problems) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        ProblemDetails? problem = exception switch
        {
            FieldException field => new HttpValidationProblemDetails(new Dictionary<string, string[]> { [field.Field] = [field.Message] })
            {
                Status = StatusCodes.Status400BadRequest, Title = "One or more validation errors occurred.",
            },
            BadHttpRequestException bad => BadRequests.Problem(bad),
            NotFoundException notFound => new ProblemDetails { Status = StatusCodes.Status404NotFound, Title = "Not Found", Detail = notFound.Message },
            ForbiddenException forbidden => new ProblemDetails { Status = StatusCodes.Status403Forbidden, Title = "Forbidden", Detail = forbidden.Message },
            ConflictException conflict => new ProblemDetails { Status = StatusCodes.Status409Conflict, Title = "Conflict", Detail = conflict.Message },
            PreconditionFailedException stale => new ProblemDetails
            {
                Status = StatusCodes.Status412PreconditionFailed, Title = "Precondition Failed", Detail = stale.Message,
                Extensions = { ["currentVersion"] = stale.CurrentVersion },
            },
            DbUpdateConcurrencyException => new ProblemDetails
            {
                Status = StatusCodes.Status409Conflict, Title = "Conflict", Detail = "Someone else changed it first; reload and try again.",
            },
            // Reached when two writes took the same unique key at the same moment (a real duplicate is refused by its
            // own check, with its own message), so it must not claim the thing exists: the request may well succeed again.
            DbUpdateException { InnerException: { } inner } when WriteCollisions.IsUniqueViolation(inner) => new ProblemDetails
            {
                Status = StatusCodes.Status409Conflict, Title = "Conflict",
                Detail = "This write collided with another saved at the same moment; reload and try again.",
            },
            _ => null,
        };
        if (problem is null)
            return false;
        httpContext.Response.StatusCode = problem.Status!.Value;
        return await problems.TryWriteAsync(new ProblemDetailsContext { HttpContext = httpContext, ProblemDetails = problem, Exception = exception });
    }
}
