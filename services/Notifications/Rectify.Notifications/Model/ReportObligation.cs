namespace Rectify.Notifications.Model;

/// <summary>
/// An inspection's recurring progress report (定期整改进展情况报告) as findings last said it, and the periods
/// already reported. Kept so that a submission can plan further periods of an open-ended obligation and so
/// that re-setting the obligation never re-opens a period that was reported.
/// </summary>
public sealed class ReportObligation
{
    public Guid InspectionId { get; set; }
    public Guid UnitId { get; set; }
    /// <summary>0 until the obligation itself is known (a submission can arrive first).</summary>
    public int Every { get; set; }
    public string IntervalUnit { get; set; } = "days";
    public DateOnly FirstDue { get; set; }
    public DateOnly? Until { get; set; }
    /// <summary>The day (Asia/Shanghai) the obligation was set: periods due before it are not reminded of.</summary>
    public DateOnly SetOn { get; set; }
    /// <summary>The version of the last ProgressReportObligationScheduled applied; older ones are ignored.</summary>
    public long SetVersion { get; set; }
    /// <summary>The inspection closed or was withdrawn: no more periods.</summary>
    public bool Stopped { get; set; }
    /// <summary>Due dates (yyyy-MM-dd) of the periods reported, comma-separated.</summary>
    public string ReportedDues { get; set; } = "";

    public IReadOnlySet<DateOnly> Reported =>
        ReportedDues.Split(',', StringSplitOptions.RemoveEmptyEntries).Select(DateOnly.Parse).ToHashSet();

    public void MarkReported(DateOnly due)
    {
        if (!Reported.Contains(due))
            ReportedDues = ReportedDues.Length == 0 ? due.ToString("yyyy-MM-dd") : $"{ReportedDues},{due:yyyy-MM-dd}";
    }
}
