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
}
