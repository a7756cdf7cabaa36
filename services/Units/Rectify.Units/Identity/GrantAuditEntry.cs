namespace Rectify.Units.Identity;

/// <summary>
/// One change to an account's roles (权限变更记录): who granted or revoked what, for whom, when.
/// Append-only: the units context refuses to update or delete a row.
/// </summary>
public sealed class GrantAuditEntry
{
    public long Id { get; set; }
    public DateTimeOffset At { get; set; }
    /// <summary>The account that made the change (null: the system, e.g. the first administrator).</summary>
    public Guid? ActorAccountId { get; set; }
    public Guid AccountId { get; set; }
    public Guid? PersonId { get; set; }
    /// <summary>granted or revoked.</summary>
    public required string Action { get; set; }
    public required string Role { get; set; }
    public Guid? UnitId { get; set; }
    public Guid? JurisdictionId { get; set; }
}

public static class GrantAuditActions
{
    public const string Granted = "granted";
    public const string Revoked = "revoked";
}
