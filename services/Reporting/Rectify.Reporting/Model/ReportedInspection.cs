namespace Rectify.Reporting.Model;

/// <summary>
/// An inspection (巡视/巡察) as reporting knows it from the findings service's events. Each group of
/// fields keeps the version of the event that last set it, so a late, older event of one kind is
/// ignored without losing a newer event of another kind.
/// </summary>
public sealed class ReportedInspection
{
    public Guid InspectionId { get; set; }
    public Guid UnitId { get; set; }
    public string Kind { get; set; } = "xuncha";
    public string Issuer { get; set; } = "";
    public string Team { get; set; } = "";
    public string Round { get; set; } = "";
    public string Type { get; set; } = "";
    public DateOnly? OnSiteStart { get; set; }
    public DateOnly? OnSiteEnd { get; set; }
    public DateOnly? FeedbackOn { get; set; }
    public DateOnly? StartedOn { get; set; }
    public DateOnly? ClosedOn { get; set; }
    /// <summary>问题线索: only the number (CluesCounted); clues themselves never reach reporting.</summary>
    public int ClueCount { get; set; }
    public bool Withdrawn { get; set; }
    public long RegistrationVersion { get; set; }
    public long FeedbackVersion { get; set; }
    public long ClueVersion { get; set; }
}
