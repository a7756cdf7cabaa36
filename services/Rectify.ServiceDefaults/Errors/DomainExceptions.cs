namespace Rectify.ServiceDefaults.Errors;

/// <summary>Input that passed the shape checks but not the domain's: a 400 naming the field. Throw before SaveChanges.</summary>
public sealed class FieldException(string field, string message) : Exception(message)
{
    public string Field { get; } = field;
}

/// <summary>A referenced thing that does not exist, or is out of the caller's scope: a 404 either way.</summary>
public sealed class NotFoundException(string what) : Exception($"{what} not found.");

/// <summary>Allowed to see, not allowed to change: a 403.</summary>
public sealed class ForbiddenException(string message) : Exception(message);

/// <summary>The client's If-Match names a version that is no longer current: a 412 carrying the current one.</summary>
public sealed class PreconditionFailedException(string what, long currentVersion)
    : Exception($"{what} has changed since you read it (now version {currentVersion}); reload and try again.")
{
    public long CurrentVersion { get; } = currentVersion;
}

/// <summary>The request conflicts with the resource's state (e.g. committing an import twice): a 409.</summary>
public sealed class ConflictException(string message) : Exception(message);
