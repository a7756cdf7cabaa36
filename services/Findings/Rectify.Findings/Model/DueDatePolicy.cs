namespace Rectify.Findings.Model;

/// <summary>
/// How many calendar days after feedback the plan, the progress report and the public notice are due,
/// for one jurisdiction and the jurisdictions below it (the most specific policy wins; without one the
/// configured defaults apply). The inspection regulations ask for the rectification report within
/// two months of feedback, hence the default of 60 days.
/// </summary>
public sealed class DueDatePolicy
{
    /// <summary>The jurisdiction's path ("/a/b/"), as units carry it.</summary>
    public required string JurisdictionPath { get; set; }
    public int PlanDays { get; set; }
    public int ProgressReportDays { get; set; }
    public int PublicNoticeDays { get; set; }
    public long Version { get; set; }
}

/// <summary>Defaults from configuration section Findings:DueDates.</summary>
public sealed class DueDateDefaults
{
    public int PlanDays { get; set; } = 30;
    public int ProgressReportDays { get; set; } = 60;
    public int PublicNoticeDays { get; set; } = 90;
}
