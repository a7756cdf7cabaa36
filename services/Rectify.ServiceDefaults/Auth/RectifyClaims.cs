namespace Rectify.ServiceDefaults.Auth;

/// <summary>Claim names Rectify's tokens carry; the identity issue fills in roles and scopes.</summary>
public static class RectifyClaims
{
    public const string Subject = "sub";
    public const string Name = "name";
    public const string Role = "role";
    /// <summary>A unit the caller belongs to (repeated for several).</summary>
    public const string Unit = "unit";
    /// <summary>A jurisdiction whose subtree the caller oversees (inspection-office staff).</summary>
    public const string Jurisdiction = "jurisdiction";
}

public static class RectifyRoles
{
    public const string Administrator = "admin";
}
