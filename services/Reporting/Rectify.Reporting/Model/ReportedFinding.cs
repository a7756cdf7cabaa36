namespace Rectify.Reporting.Model;

/// <summary>A finding (问题) of an inspection's tree: aspect (方面, level 1) → problem → issue → sub-issue.</summary>
public sealed class ReportedFinding
{
    public Guid FindingId { get; set; }
    public Guid InspectionId { get; set; }
    public Guid UnitId { get; set; }
    public Guid? ParentId { get; set; }
    public int Level { get; set; }
    /// <summary>As written ("一", "（三）", "2"); not unique.</summary>
    public string Ordinal { get; set; } = "";
    public string Title { get; set; } = "";
    public bool ImmediateFix { get; set; }
    public decimal? MoneyInvolved { get; set; }
    /// <summary>Sibling order: the inspection version of the event that first recorded it (a tree's events arrive in order).</summary>
    public long Position { get; set; }
    public bool Withdrawn { get; set; }
    public long Version { get; set; }
    public long TagsVersion { get; set; }
    public List<FindingTag> Tags { get; set; } = [];
}

/// <summary>A category tag of a finding (党的建设, 作风建设…), from FindingCategorised; reports group by it.</summary>
public sealed class FindingTag
{
    public Guid FindingId { get; set; }
    public required string Tag { get; set; }
}
