namespace Rectify.ServiceDefaults.Auth;

/// <summary>Claim names Rectify's tokens carry.</summary>
public static class RectifyClaims
{
    public const string Subject = "sub";
    public const string Name = "name";
    /// <summary>Role names held anywhere, for coarse policies (repeated).</summary>
    public const string Role = "role";
    /// <summary>A role with its scope: <c>role|*</c>, <c>role|u:{unitId}</c> or <c>role|j:{jurisdictionPath}</c> (repeated).</summary>
    public const string Grant = "grant";
    /// <summary>The directory person the account belongs to, when it belongs to one.</summary>
    public const string Person = "person";
    /// <summary>The account's token version when the token was issued; an older one than the account's current is revoked.</summary>
    public const string TokenVersion = "tv";
}

/// <summary>The roles of domain.md's users.</summary>
public static class RectifyRoles
{
    public const string Administrator = "admin";
    /// <summary>Inspection-office staff (巡察办): a jurisdiction subtree.</summary>
    public const string InspectionOffice = "inspection_office";
    /// <summary>The leading group's office of one unit (整改办).</summary>
    public const string UnitCoordinator = "unit_coordinator";
    /// <summary>责任领导.</summary>
    public const string ResponsibleLeader = "responsible_leader";
    /// <summary>责任人.</summary>
    public const string ResponsiblePerson = "responsible_person";
    /// <summary>纪检联络: the only role that sees clues.</summary>
    public const string DisciplineLiaison = "discipline_liaison";
    public const string Viewer = "viewer";

    public static readonly IReadOnlyList<string> All =
        [Administrator, InspectionOffice, UnitCoordinator, ResponsibleLeader, ResponsiblePerson, DisciplineLiaison, Viewer];

    /// <summary>Roles held for one unit; the others are global (admin) or for a jurisdiction (inspection office).</summary>
    public static readonly IReadOnlyList<string> UnitScoped =
        [UnitCoordinator, ResponsibleLeader, ResponsiblePerson, DisciplineLiaison, Viewer];
}
