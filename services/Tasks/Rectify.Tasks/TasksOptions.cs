namespace Rectify.Tasks;

/// <summary>Per-deployment rules (configuration section "Tasks").</summary>
public sealed class TasksOptions
{
    public const string Unit = "unit";
    public const string Office = "office";

    /// <summary>Who approves a deadline extension: "office" (the inspection office, default: extensions of an inspection's deadlines are the office's call) or "unit" (the unit coordinator).</summary>
    public string ExtensionApprover { get; set; } = Office;

    /// <summary>1: the unit coordinator closes; 2: the coordinator, then the inspection office. The default for inspections whose office set no policy.</summary>
    public int CloseOutLevels { get; set; } = 1;

    /// <summary>Yellow light when this many working days or fewer are left.</summary>
    public int YellowWithinWorkingDays { get; set; } = 10;

    /// <summary>Red light this many working days before the deadline; 0 = only once overdue.</summary>
    public int RedWithinWorkingDays { get; set; }

    /// <summary>Deadlines are dates in the units' time zone; "today" is taken there.</summary>
    public string TimeZone { get; set; } = "Asia/Shanghai";

    /// <summary>The largest evidence file accepted, in bytes (default 20 MB).</summary>
    public long EvidenceMaxBytes { get; set; } = 20 * 1024 * 1024;

    public bool OfficeApprovesExtensions => string.Equals(ExtensionApprover, Office, StringComparison.OrdinalIgnoreCase);

    public DateOnly Today(TimeProvider time)
    {
        var zone = TimeZoneInfo.TryFindSystemTimeZoneById(TimeZone, out var found) ? found : TimeZoneInfo.CreateCustomTimeZone("UTC+8", TimeSpan.FromHours(8), "UTC+8", "UTC+8");
        return DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(time.GetUtcNow(), zone).DateTime);
    }
}
