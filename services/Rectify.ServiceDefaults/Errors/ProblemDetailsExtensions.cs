using System.Diagnostics;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Rectify.ServiceDefaults.Errors;

public static class ProblemDetailsExtensions
{
    /// <summary>RFC 9457 problem details for every error, carrying the trace id to find it in logs.</summary>
    public static IServiceCollection AddDefaultProblemDetails(this IServiceCollection services)
    {
        services.AddProblemDetails(o => o.CustomizeProblemDetails = context =>
        {
            context.ProblemDetails.Instance ??= context.HttpContext.Request.Path;
            context.ProblemDetails.Extensions["traceId"] = Activity.Current?.TraceId.ToString() ?? context.HttpContext.TraceIdentifier;
        });
        services.AddExceptionHandler<ConflictExceptionHandler>();
        return services;
    }

    public static IApplicationBuilder UseDefaultProblemDetails(this IApplicationBuilder app)
    {
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        return app;
    }
}

/// <summary>A unique-index violation is the caller's duplicate, not a server fault: 409.</summary>
internal sealed class ConflictExceptionHandler(IProblemDetailsService problems) : Microsoft.AspNetCore.Diagnostics.IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        if (exception is not DbUpdateException { InnerException: { } inner } || !IsUniqueViolation(inner))
            return false;
        httpContext.Response.StatusCode = StatusCodes.Status409Conflict;
        return await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = httpContext,
            ProblemDetails = { Status = 409, Title = "Conflict", Detail = "The resource already exists." },
        });
    }

    // SQLite error 19 with "UNIQUE", SQL Server 2601/2627: matched on text to avoid provider references here.
    private static bool IsUniqueViolation(Exception inner) =>
        inner.Message.Contains("UNIQUE constraint failed", StringComparison.OrdinalIgnoreCase)
        || inner.Message.Contains("duplicate key", StringComparison.OrdinalIgnoreCase);
}
