namespace Rectify.ServiceDefaults.Messaging.Outbox;

public sealed class OutboxOptions
{
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(1);
    public TimeSpan PublishTimeout { get; set; } = TimeSpan.FromSeconds(15);
    /// <summary>Renewed on every loop; after a crash another instance (or the restarted one) waits at most this long.</summary>
    public TimeSpan LeaseDuration { get; set; } = TimeSpan.FromSeconds(10);
    public TimeSpan MaxBackoff { get; set; } = TimeSpan.FromMinutes(1);
    /// <summary>Sent rows are kept this long for diagnosis, then deleted; unsent rows never are.</summary>
    public TimeSpan SentRetention { get; set; } = TimeSpan.FromDays(7);
    public int BatchSize { get; set; } = 200;
    /// <summary>
    /// Failures after which a row is dead-lettered. With the capped backoff, 30 attempts are about
    /// half an hour of retries: longer than a broker restart, short enough that a poison row is seen.
    /// </summary>
    public int MaxAttempts { get; set; } = 30;
}
