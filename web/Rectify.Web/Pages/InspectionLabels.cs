using Rectify.Web.Api;

namespace Rectify.Web.Pages;

/// <summary>
/// Resource keys for the findings service's codes. The API speaks codes (xuncha, feedback_delivered) and the
/// domain's own words (常规); the UI shows them in the user's language, and an unknown code as written.
/// </summary>
internal static class InspectionLabels
{
    public const string Xunshi = "xunshi";
    public const string Xuncha = "xuncha";

    public static readonly IReadOnlyList<string> Kinds = [Xunshi, Xuncha];

    public static readonly IReadOnlyList<string> Statuses = ["registered", "feedback_delivered", "rectifying", "closed"];

    /// <summary>The types the API accepts, in the domain's words, with the key of their label.</summary>
    public static readonly IReadOnlyList<(string Value, string Key)> Types =
    [
        ("常规", "InspectionTypeRoutine"), ("专项", "InspectionTypeSpecial"), ("机动", "InspectionTypeAdHoc"),
        ("联动", "InspectionTypeJoint"), ("回头看", "InspectionTypeLookBack"), ("提级", "InspectionTypeEscalated"),
    ];

    /// <summary>Stated item statuses of an imported notice (docs/import-format.md), mapped to label keys.</summary>
    private static readonly HashSet<string> ImportStatuses =
    [
        "completed_sustained", "completed", "basically_completed", "partially_completed", "ongoing", "in_progress", "not_completed", "not_started",
    ];

    /// <summary>The fields a commit can supply, in the API's order, with the key of their label.</summary>
    public static readonly IReadOnlyList<(string Field, string Key)> CommitFields =
    [
        ("unitId", "InspectionUnit"), ("kind", "InspectionKind"), ("issuer", "InspectionIssuer"), ("team", "InspectionTeam"),
        ("round", "InspectionRound"), ("type", "InspectionType"), ("onSiteStart", "InspectionOnSiteStart"),
        ("onSiteEnd", "InspectionOnSiteEnd"), ("feedbackOn", "InspectionFeedbackOn"),
    ];

    public static string? KindKey(string? kind) => kind is Xunshi or Xuncha ? "Kind_" + kind : null;

    public static string? StatusKey(string? status) => status is not null && Statuses.Contains(status) ? "InspectionStatus_" + status : null;

    public static string? TypeKey(string? type) => Types.FirstOrDefault(t => t.Value == type).Key;

    public static string? ImportStatusKey(string? status) => status is not null && ImportStatuses.Contains(status) ? "ImportStatus_" + status : null;

    /// <summary>Only the inspection office and administrators may change inspections; the API enforces it, the UI hides the forms.</summary>
    public static bool CanWrite(MyProfile? profile) =>
        profile?.Grants.Any(g => g.Role is Roles.Administrator or Roles.InspectionOffice) == true;

    /// <summary>Problem clues are the unit's discipline liaison's alone (a unit-scoped role); not even the office reads them.</summary>
    public static bool IsLiaison(MyProfile? profile, string unitId) =>
        profile?.Grants.Any(g => g.Role == Roles.DisciplineLiaison && g.UnitId == unitId) == true;

    /// <summary>"2022-03-01 至 2022-06-10", or one side when the other is unknown.</summary>
    public static string Period(string? start, string? end, string separator) =>
        (start, end) switch
        {
            (null, null) => "",
            (_, null) => start!,
            (null, _) => end!,
            _ => $"{start}{separator}{end}",
        };
}
