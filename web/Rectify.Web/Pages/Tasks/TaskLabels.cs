using Rectify.Web.Api;

namespace Rectify.Web.Pages.Tasks;

/// <summary>Resource keys for the tasks service's codes; an unknown code is shown as the API wrote it.</summary>
internal static class TaskLabels
{
    public static readonly IReadOnlyList<string> Kinds = ["immediate", "time_limited", "sustained"];

    public static readonly IReadOnlyList<string> States = ["planned", "in_progress", "submitted", "closed", "completed_sustained"];

    public static readonly IReadOnlyList<string> OutcomeKinds = ["rule_made", "rule_revised", "talk", "money_returned", "money_recovered", "accountability"];

    private static readonly string[] Lights = ["green", "yellow", "red"];

    public static string? KindKey(string? kind) => kind is not null && Kinds.Contains(kind) ? "TaskKind_" + kind : null;

    public static string? StateKey(string? state) => state is not null && States.Contains(state) ? "TaskState_" + state : null;

    public static string? OutcomeKey(string? kind) => kind is not null && OutcomeKinds.Contains(kind) ? "Outcome_" + kind : null;

    /// <summary>Null for closed tasks (the API's "none"): they have no light.</summary>
    public static string? LightKey(string? light) => light is not null && Lights.Contains(light) ? "Light_" + light : null;

    /// <summary>What the task detail's forms may do in a state (the table in docs/tasks.md); the API refuses the rest with 409.</summary>
    public static bool Allows(string state, string action) => (state, action) switch
    {
        ("planned" or "in_progress", "revise" or "assign" or "deadline" or "extension" or "progress" or "outcome") => true,
        ("in_progress", "close-out") => true,
        ("submitted", "review") => true,
        ("closed", "reopen") => true,
        ("completed_sustained", "progress" or "outcome" or "reopen") => true,
        _ => false,
    };

    /// <summary>Progress cannot be dated in the future, and "today" is the units' day (Asia/Shanghai), as the API counts it.</summary>
    public static string Today()
    {
        var zone = TimeZoneInfo.TryFindSystemTimeZoneById("Asia/Shanghai", out var found) ? found : TimeZoneInfo.Utc;
        return DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, zone).DateTime).ToString("yyyy-MM-dd");
    }

    /// <summary>Long measures cut for lists; the task page has them whole.</summary>
    public static string Short(string text) => text.Length > 80 ? text[..80] + "…" : text;

    public static string Or(string? value) => string.IsNullOrWhiteSpace(value) ? "—" : value;
}

/// <summary>
/// Which task forms to offer, from GET api/units/me. The API decides (403 otherwise); the UI only hides what would be
/// refused. An inspection-office grant is taken to cover the task's unit: the API listed the task, so it is in scope.
/// </summary>
internal sealed class TaskRights(MyProfile? profile)
{
    private bool Has(string role, string? unitId = null) =>
        profile?.Grants.Any(g => g.Role == role && (unitId is null || g.UnitId == unitId)) == true;

    public bool IsAdministrator => Has(Roles.Administrator);

    public bool IsOffice => Has(Roles.InspectionOffice);

    public bool IsCoordinator(string unitId) => Has("unit_coordinator", unitId);

    public string? PersonId => profile?.PersonId;

    /// <summary>Has items of one's own: a person bound and a responsible person's or leader's grant (a coordinator's person gets only the unit's reminders).</summary>
    public bool IsResponsible => PersonId is not null && (Has("responsible_person") || Has("responsible_leader"));

    public bool CanPlan(string unitId) => IsAdministrator || IsOffice || IsCoordinator(unitId);

    /// <summary>Progress, outcomes, extension and close-out requests: the task's own person or leader, or the coordinator.</summary>
    public bool CanReport(TaskSummary task) =>
        IsAdministrator || IsCoordinator(task.UnitId)
        || (PersonId is { } person && (person == task.ResponsiblePersonId || person == task.ResponsibleLeaderId)
            && (Has("responsible_person", task.UnitId) || Has("responsible_leader", task.UnitId)));

    /// <summary>Level 1 is the unit coordinator's, level 2 the inspection office's.</summary>
    public bool CanReview(TaskSummary task) =>
        task.State == "submitted" && (IsAdministrator || ((task.PendingReviewLevel ?? 1) == 1 ? IsCoordinator(task.UnitId) : IsOffice));
}
