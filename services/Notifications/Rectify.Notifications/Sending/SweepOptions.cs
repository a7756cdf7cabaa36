namespace Rectify.Notifications.Sending;

/// <summary><c>Notifications:Sweep</c>: how often and how much the sweeper works, and how deliveries retry.</summary>
public sealed class SweepOptions
{
    /// <summary>Off in tests that sweep by hand.</summary>
    public bool Enabled { get; set; } = true;
    public TimeSpan Interval { get; set; } = TimeSpan.FromSeconds(15);
    public int BatchSize { get; set; } = 200;
    public int Parallelism { get; set; } = 8;
    /// <summary>How long a claim keeps other instances off a row; longer than the slowest send.</summary>
    public TimeSpan Lease { get; set; } = TimeSpan.FromMinutes(5);
    public TimeSpan FirstRetry { get; set; } = TimeSpan.FromSeconds(30);
    public TimeSpan MaxBackoff { get; set; } = TimeSpan.FromHours(1);
    public int MaxAttempts { get; set; } = 10;
}
