using System.ComponentModel.DataAnnotations;
using Rectify.Units.Model;

namespace Rectify.Units.Apis;

public sealed record UnitRequest(
    [property: Required, StringLength(200, MinimumLength = 2)] string Name,
    [property: Required, StringLength(100, MinimumLength = 1)] string ShortName,
    [property: Required, AllowedValues("党组", "党委", "工委", "党支部")] string Kind,
    [property: Required] Guid? JurisdictionId,
    [property: StringLength(50)] string? ContactPhone = null,
    [property: EmailAddress, StringLength(200)] string? ContactEmail = null,
    [property: StringLength(300)] string? ContactAddress = null)
{
    public UnitInput ToInput() => new(Name, ShortName, Kind, JurisdictionId!.Value, ContactPhone, ContactEmail, ContactAddress);
}

public sealed record UnitResponse(
    Guid Id, string Name, string ShortName, string Kind, Guid JurisdictionId,
    string? ContactPhone, string? ContactEmail, string? ContactAddress, long Version, Guid? FirstResponsiblePersonId = null)
{
    public static UnitResponse From(Unit u) =>
        new(u.Id, u.Name, u.ShortName, u.Kind, u.JurisdictionId, u.ContactPhone, u.ContactEmail, u.ContactAddress, u.Version, u.FirstResponsiblePersonId);
}

public sealed record JurisdictionRequest(
    Guid? ParentId,
    [property: Required, StringLength(100, MinimumLength = 2)] string Name,
    [property: Required, AllowedValues("province", "city", "county")] string Level,
    [property: Required, StringLength(100, MinimumLength = 2)] string Committee,
    [property: Required, StringLength(200, MinimumLength = 2)] string InspectionOffice);

public sealed record JurisdictionResponse(Guid Id, Guid? ParentId, string Name, string Level, string Committee, string InspectionOffice, long Version, string Path)
{
    public static JurisdictionResponse From(Jurisdiction j) => new(j.Id, j.ParentId, j.Name, j.Level, j.Committee, j.InspectionOffice, j.Version, j.Path);
}

public sealed record DepartmentRequest([property: Required, StringLength(100, MinimumLength = 2)] string Name);

public sealed record DepartmentResponse(Guid Id, Guid UnitId, string Name, long Version)
{
    public static DepartmentResponse From(Department d) => new(d.Id, d.UnitId, d.Name, d.Version);
}

public sealed record PersonRequest(
    [property: Required, StringLength(50, MinimumLength = 2)] string Name,
    [property: Required, StringLength(100, MinimumLength = 1)] string Position,
    Guid? DepartmentId = null,
    [property: EmailAddress, StringLength(200)] string? Email = null,
    [property: RegularExpression(PersonRequest.MobilePattern, ErrorMessage = "Not a phone number.")] string? Mobile = null,
    [property: StringLength(100)] string? DingTalkUserId = null,
    [property: StringLength(100)] string? WeComUserId = null)
{
    /// <summary>Shared with the spreadsheet import, so a number accepted one way is accepted the other.</summary>
    public const string MobilePattern = @"^\+?[0-9][0-9\- ]{6,20}$";

    public PersonInput ToInput() => new(Name, Position, DepartmentId, Email, Mobile, DingTalkUserId, WeComUserId);
}

public sealed record PersonResponse(
    Guid Id, Guid UnitId, Guid? DepartmentId, string Name, string Position,
    string? Email, string? Mobile, string? DingTalkUserId, string? WeComUserId, long Version)
{
    public static PersonResponse From(Person p) =>
        new(p.Id, p.UnitId, p.DepartmentId, p.Name, p.Position, p.Email, p.Mobile, p.DingTalkUserId, p.WeComUserId, p.Version);
}
