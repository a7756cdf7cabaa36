namespace Rectify.Units.Identity;

/// <summary>A sign-in account (账号); its grants become the token's roles and scope.</summary>
public sealed class Account
{
    public Guid Id { get; set; }
    public required string UserName { get; set; }
    public required string DisplayName { get; set; }
    public required string PasswordHash { get; set; }
    /// <summary>The directory person this account belongs to, if any.</summary>
    public Guid? PersonId { get; set; }
    public bool Disabled { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public long Version { get; set; }
    /// <summary>Carried in every token; raising it revokes the tokens issued before (see AccountTokens).</summary>
    public long TokenVersion { get; set; }
    public List<RoleGrant> Grants { get; set; } = [];
}
