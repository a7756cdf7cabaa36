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
