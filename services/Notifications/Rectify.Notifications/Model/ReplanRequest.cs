namespace Rectify.Notifications.Model;

/// <summary>
/// Open deadlines to re-plan because the reminder rules of a jurisdiction or the working-day calendar changed
/// (重新安排提醒). Written in the transaction of the change; <see cref="Scheduling.Replanner"/> works through it a
/// page at a time, marking each deadline with this request's id, so a crash resumes where it stopped.
/// </summary>
public sealed class ReplanRequest
{
    public long Id { get; set; }
    /// <summary>The jurisdiction whose units' deadlines are re-planned; null for every unit (a calendar edit).</summary>
    public string? JurisdictionPath { get; set; }
    /// <summary>Set when one unit moved to another jurisdiction: only its deadlines (<see cref="JurisdictionPath"/> is where it went).</summary>
    public Guid? UnitId { get; set; }
    /// <summary><see cref="ReplanReasons"/>.</summary>
    public required string Reason { get; set; }
    public string? RequestedBy { get; set; }
    public DateTimeOffset RequestedAt { get; set; }
    /// <summary>Open deadlines in scope when it was requested, for showing progress.</summary>
    public int Total { get; set; }
    public int Done { get; set; }
    public string? ClaimedBy { get; set; }
    public DateTimeOffset? ClaimExpires { get; set; }
    public DateTimeOffset? CompletedAt { get; set; }
}

public static class ReplanReasons
{
    public const string Rules = "rules";
    public const string Calendar = "calendar";
    public const string UnitMoved = "unit-moved";
}
