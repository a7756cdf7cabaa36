namespace Rectify.Reporting;

/// <summary>The <c>Reporting</c> configuration section.</summary>
public sealed class ReportingOptions
{
    /// <summary>Yellow light: this many working days or fewer left (the tasks service's default).</summary>
    public int YellowWithinWorkingDays { get; set; } = 10;

    /// <summary>"No recent progress": an open task with no progress report for more than this many days.</summary>
    public int ProgressStaleDays { get; set; } = 30;

    /// <summary>Chromium for PDF; else RECTIFY_CHROMIUM, else /usr/bin/chromium.</summary>
    public string? ChromiumPath { get; set; }

    /// <summary>Chromium processes printing at once: each takes a core and a few hundred MB.</summary>
    public int MaxConcurrentPdfRenders { get; set; } = 2;

    /// <summary>Renders waiting for a free Chromium; one more gets 503 with Retry-After instead of piling up.</summary>
    public int MaxQueuedPdfRenders { get; set; } = 4;
}
