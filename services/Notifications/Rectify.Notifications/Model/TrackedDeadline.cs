namespace Rectify.Notifications.Model;

/// <summary>
/// A deadline the service watches (a task's 整改时限, an inspection's plan / report / notice due date)
/// with the people responsible for it. Kept so a changed recipient or a new coordinator can re-plan
/// its schedules without the owning service saying the deadline again.
/// </summary>
public sealed class TrackedDeadline
{
    public required string SubjectKind { get; set; }
    public Guid SubjectId { get; set; }
    public Guid UnitId { get; set; }
    public Guid? InspectionId { get; set; }
    public required string Title { get; set; }
    public DateOnly Deadline { get; set; }
    /// <summary>The event version at which <see cref="Deadline"/> last changed: part of every schedule's key.</summary>
    public long DeadlineVersion { get; set; }
    /// <summary>The latest event version applied; older events are ignored.</summary>
    public long Version { get; set; }
    public bool Closed { get; set; }
    /// <summary>When it was closed (null while open): the weekly digest lists what closed last week.</summary>
    public DateTimeOffset? ClosedAt { get; set; }
    /// <summary>Person ids, comma-separated (empty for kinds whose responsible people are the coordinators).</summary>
    public string ResponsibleIds { get; set; } = "";
    public string LeaderIds { get; set; } = "";
    /// <summary>The last <see cref="ReplanRequest"/> that re-planned it (0: none yet).</summary>
    public long ReplannedFor { get; set; }

    public static string Join(IEnumerable<Guid> ids) => string.Join(',', ids.Distinct());

    public static IReadOnlyList<Guid> Split(string ids) =>
        [.. ids.Split(',', StringSplitOptions.RemoveEmptyEntries).Select(Guid.Parse)];
}
