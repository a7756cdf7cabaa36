namespace Rectify.Units.Identity;

/// <summary>A sign-in account (账号). Roles and unit scope become token claims.</summary>
public sealed class Account
{
    public Guid Id { get; set; }
    public required string UserName { get; set; }
    public required string DisplayName { get; set; }
    public required string PasswordHash { get; set; }
    /// <summary>Comma-separated role names; the identity issue gives roles a table of their own.</summary>
    public string Roles { get; set; } = "";
    public int FailedSignIns { get; set; }
    public DateTimeOffset? LockedUntil { get; set; }
    public bool Disabled { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
}
