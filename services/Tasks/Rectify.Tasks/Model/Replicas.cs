namespace Rectify.Tasks.Model;

/// <summary>
/// The tasks service's copy of an inspection, fed by the findings service's events. Each group of
/// fields has its own version, because different events set them: a late, older event of one kind
/// must not be dropped just because a newer event of another kind came first.
/// </summary>
public sealed class InspectionReplica
{
    public Guid InspectionId { get; set; }
    public Guid UnitId { get; set; }
    public string Kind { get; set; } = "";
    public string Issuer { get; set; } = "";
    public string Team { get; set; } = "";
    public string Round { get; set; } = "";
    public string Type { get; set; } = "";
    public DateOnly? OnSiteStart { get; set; }
    public DateOnly? OnSiteEnd { get; set; }
    public long RegistrationVersion { get; set; }
    public DateOnly? FeedbackOn { get; set; }
    public long FeedbackVersion { get; set; }
    public DateOnly? PlanDue { get; set; }
    public DateOnly? ProgressReportDue { get; set; }
    public DateOnly? PublicNoticeDue { get; set; }
    public long DueDatesVersion { get; set; }
    public DateOnly? ClosedOn { get; set; }
    /// <summary>Close-out levels for this inspection (1 unit, 2 unit then office); null = <c>Tasks:CloseOutLevels</c>.</summary>
    public int? CloseOutLevels { get; set; }
    /// <summary>Findings whose items the office reviews whatever the level (e.g. the feedback's key findings).</summary>
    public List<Guid> OfficeReviewedFindingIds { get; set; } = [];
    public long CloseOutPolicyVersion { get; set; }

    /// <summary>The levels a task of <paramref name="findingId"/> goes through, under this inspection's policy.</summary>
    public int LevelsFor(Guid findingId, int deploymentDefault) =>
        OfficeReviewedFindingIds.Contains(findingId) ? 2 : CloseOutLevels ?? deploymentDefault;
}

/// <summary>The tasks service's copy of a finding (问题), for the plan view and for checking where a task may hang.</summary>
public sealed class FindingReplica
{
    public Guid FindingId { get; set; }
    public Guid InspectionId { get; set; }
    public Guid UnitId { get; set; }
    public Guid? ParentId { get; set; }
    public int Level { get; set; }
    public string Ordinal { get; set; } = "";
    public string Title { get; set; } = "";
    public bool ImmediateFix { get; set; }
    public decimal? MoneyInvolved { get; set; }
    public List<string> Tags { get; set; } = [];
    public bool Withdrawn { get; set; }
    /// <summary>The inspection version it was first recorded at: orders siblings as recorded.</summary>
    public long RecordedVersion { get; set; }
    /// <summary>The inspection version of the last FindingRecorded/FindingRevised applied.</summary>
    public long Version { get; set; }
    public long TagsVersion { get; set; }
}

/// <summary>The tasks service's copy of a directory person: who may be a responsible leader or person.</summary>
public sealed class PersonReplica
{
    public Guid PersonId { get; set; }
    public Guid UnitId { get; set; }
    public Guid? DepartmentId { get; set; }
    public string Name { get; set; } = "";
    public string Position { get; set; } = "";
    public long Version { get; set; }
}
