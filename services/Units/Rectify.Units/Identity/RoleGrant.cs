namespace Rectify.Units.Identity;

/// <summary>A role an account holds, for one unit, a jurisdiction subtree, or (admin) everywhere.</summary>
public sealed class RoleGrant
{
    public Guid Id { get; set; }
    public Guid AccountId { get; set; }
    public required string Role { get; set; }
    public Guid? UnitId { get; set; }
    public Guid? JurisdictionId { get; set; }
    /// <summary>The jurisdiction's path at grant time; paths never change once registered.</summary>
    public string? JurisdictionPath { get; set; }
}
