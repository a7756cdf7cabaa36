namespace Rectify.Notifications.Model;

/// <summary>
/// One channel's attempt to deliver a schedule (投递记录): the delivery log. Retries back off
/// exponentially up to a cap; after the last attempt the row stays <c>failed</c> with its error.
/// </summary>
public sealed class Delivery
{
    public long Id { get; set; }
    public long ScheduleId { get; set; }
    public Guid UnitId { get; set; }
    /// <summary>inbox, email or webhook.</summary>
    public required string Channel { get; set; }
    /// <summary>The e-mail address, the webhook's id, or the person for the inbox.</summary>
    public required string Target { get; set; }
    public required string State { get; set; }
    public int Attempts { get; set; }
    public DateTimeOffset? NextAttemptAt { get; set; }
    public string? LastError { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset? SentAt { get; set; }
}

public static class Channels
{
    public const string Inbox = "inbox";
    public const string Email = "email";
    public const string Webhook = "webhook";
}

public static class DeliveryStates
{
    public const string Pending = "pending";
    public const string Sent = "sent";
    public const string Failed = "failed";
}
