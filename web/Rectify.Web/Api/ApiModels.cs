namespace Rectify.Web.Api;

/// <summary>POST /api/auth/token response.</summary>
public sealed record TokenGrant(string AccessToken, DateTimeOffset ExpiresAt);

/// <summary>A row of GET /api/units and the body of GET /api/units/{id} (被巡察单位).</summary>
public sealed record UnitSummary(
    string Id, string Name, string ShortName, string Kind, long Version,
    string? JurisdictionId = null, string? ContactPhone = null, string? ContactEmail = null, string? ContactAddress = null,
    string? FirstResponsiblePersonId = null);

/// <summary>POST /api/units body.</summary>
public sealed record NewUnit(
    string Name, string ShortName, string Kind, string? JurisdictionId,
    string? ContactPhone = null, string? ContactEmail = null, string? ContactAddress = null);

/// <summary>GET /api/reports/units/count response.</summary>
public sealed record UnitCount(int Units);

/// <summary>
/// A row of GET /api/units/jurisdictions (辖区); level is province, city or county. <see cref="Path"/> ("/{id}/{id}/") is what
/// the services match grants and reminder rules by.
/// </summary>
public sealed record JurisdictionSummary(
    string Id, string? ParentId, string Name, string Level, string Committee, string InspectionOffice, long Version, string Path);

/// <summary>POST /api/units/jurisdictions body.</summary>
public sealed record NewJurisdiction(string? ParentId, string Name, string Level, string Committee, string InspectionOffice);

/// <summary>A department (科室) of a unit.</summary>
public sealed record DepartmentSummary(string Id, string UnitId, string Name, long Version);

/// <summary>A person (人员) in a unit's directory.</summary>
public sealed record PersonSummary(
    string Id, string UnitId, string? DepartmentId, string Name, string Position,
    string? Email, string? Mobile, string? DingTalkUserId, string? WeComUserId, long Version);

/// <summary>POST /api/units/{unitId}/people body.</summary>
public sealed record NewPerson(
    string Name, string Position, string? DepartmentId, string? Email, string? Mobile, string? DingTalkUserId, string? WeComUserId);

/// <summary>A role an account holds, for one unit, a jurisdiction subtree, or everywhere (admin).</summary>
public sealed record RoleGrantSummary(string Id, string Role, string? UnitId, string? JurisdictionId);

/// <summary>A grant to give: POST /api/units/accounts/{id}/grants body and an element of a new account's grants.</summary>
public sealed record NewGrant(string Role, string? UnitId, string? JurisdictionId);

/// <summary>A row of GET /api/units/accounts (账号).</summary>
public sealed record AccountSummary(
    string Id, string UserName, string DisplayName, string? PersonId, bool Disabled, bool LockedOut, IReadOnlyList<RoleGrantSummary> Grants);

/// <summary>POST /api/units/accounts body.</summary>
public sealed record NewAccount(string UserName, string DisplayName, string Password, string? PersonId, IReadOnlyList<NewGrant> Grants);

/// <summary>GET /api/units/me (我的账号).</summary>
public sealed record MyProfile(string Id, string UserName, string DisplayName, string? PersonId, IReadOnlyList<RoleGrantSummary> Grants);

/// <summary>POST /api/units/{unitId}/people/import success.</summary>
public sealed record ImportResult(int Created, int Updated, int Unchanged);

/// <summary>One rejected row of an import (行/列/原因).</summary>
public sealed record ImportRowError(int Row, string? Column, string Reason);

/// <summary>The answer to an import: a result, or a 400 problem with its rejected rows.</summary>
public sealed record ImportOutcome(ImportResult? Result, ApiValidationProblem? Problem, IReadOnlyList<ImportRowError> Rows);

/// <summary>A file the API answered (the people import template).</summary>
public sealed record ApiFile(byte[] Content, string ContentType, string FileName);

/// <summary>The role names the units service knows, in the order the UI lists them.</summary>
public static class Roles
{
    public const string Administrator = "admin";
    public const string InspectionOffice = "inspection_office";
    public const string DisciplineLiaison = "discipline_liaison";

    public static readonly IReadOnlyList<string> All =
        [Administrator, InspectionOffice, "unit_coordinator", "responsible_leader", "responsible_person", DisciplineLiaison, "viewer"];

    public static bool IsUnitScoped(string? role) => role is not null && role != Administrator && role != InspectionOffice && All.Contains(role);

    /// <summary>The resource key of a role's label.</summary>
    public static string LabelKey(string role) => "Role_" + role;
}
