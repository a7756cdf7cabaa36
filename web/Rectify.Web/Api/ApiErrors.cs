using System.Net;

namespace Rectify.Web.Api;

/// <summary>The gateway rejected the user's token (401): the user has to sign in again.</summary>
public sealed class ApiUnauthorizedException() : Exception("The API rejected the access token.");

/// <summary>Any other failed API call: gateway down, 5xx, unexpected answer.</summary>
public sealed class ApiFailedException(string message, HttpStatusCode? status = null, Exception? inner = null, ApiConflict? conflict = null)
    : Exception(message, inner)
{
    public HttpStatusCode? Status { get; } = status;

    /// <summary>On a 409 or 412: who changed the resource since the page read it, when the service says so.</summary>
    public ApiConflict? Conflict { get; } = conflict;
}

/// <summary>A stale write's answer (409/412 problem extensions): who changed it, when, and which fields or actions.</summary>
public sealed record ApiConflict(string? ChangedBy, DateTimeOffset? ChangedAt, IReadOnlyList<string> ChangedFields, string? Detail);

/// <summary>A 400 problem details answer, with its field errors keyed by field name (case-insensitive).</summary>
public sealed class ApiValidationProblem(string? title, IReadOnlyDictionary<string, string[]> errors)
{
    public string? Title { get; } = title;
    public IReadOnlyDictionary<string, string[]> Errors { get; } = errors;
}
