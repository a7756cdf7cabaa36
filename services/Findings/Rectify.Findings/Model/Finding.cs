namespace Rectify.Findings.Model;

/// <summary>
/// A finding (问题) in an inspection's feedback, a node of the tree aspect (方面, level 1) →
/// problem (2) → issue (3) → sub-issue (4). Ordinals are kept as written ("一", "（三）", "2");
/// notices repeat them, so they are not unique.
/// </summary>
public sealed class Finding
{
    public const int MaxLevel = 4;

    public Guid Id { get; set; }
    public Guid InspectionId { get; set; }
    public Guid? ParentId { get; set; }
    public int Level { get; set; }
    /// <summary>Place among its siblings, in the order recorded (1, 2, …).</summary>
    public int Position { get; set; }
    public required string Ordinal { get; set; }
    public required string Title { get; set; }
    public List<string> Tags { get; set; } = [];
    /// <summary>Money involved, in 元.</summary>
    public decimal? MoneyInvolved { get; set; }
    /// <summary>立行立改: to be fixed at once.</summary>
    public bool ImmediateFix { get; set; }
    /// <summary>The earlier finding this one repeats (边改边犯, found again by a 回头看).</summary>
    public Guid? RecurrenceOfFindingId { get; set; }
    public long Version { get; set; }
    public bool Withdrawn { get; set; }
}
