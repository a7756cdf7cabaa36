namespace Rectify.ServiceDefaults.Messaging.Outbox;

public sealed class OutboxOptions
{
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(1);
    public TimeSpan PublishTimeout { get; set; } = TimeSpan.FromSeconds(15);
    public TimeSpan LeaseDuration { get; set; } = TimeSpan.FromSeconds(30);
    public TimeSpan MaxBackoff { get; set; } = TimeSpan.FromMinutes(1);
    /// <summary>Sent rows are kept this long for diagnosis, then deleted; unsent rows never are.</summary>
    public TimeSpan SentRetention { get; set; } = TimeSpan.FromDays(7);
    public int BatchSize { get; set; } = 200;
}
