namespace Rectify.Reporting;

/// <summary>The <c>Reporting</c> configuration section.</summary>
public sealed class ReportingOptions
{
    /// <summary>Yellow light: this many working days or fewer left (the tasks service's default).</summary>
    public int YellowWithinWorkingDays { get; set; } = 10;

    /// <summary>"No recent progress": an open task with no progress report for more than this many days.</summary>
    public int ProgressStaleDays { get; set; } = 30;

    /// <summary>Chromium for PDF; RECTIFY_CHROMIUM overrides, default /usr/bin/chromium.</summary>
    public string? ChromiumPath { get; set; }
}
