namespace Rectify.Notifications.Model;

/// <summary>A person's channel switches and quiet hours (免打扰); absent means the defaults.</summary>
public sealed class Preference
{
    public Guid PersonId { get; set; }
    public bool Email { get; set; } = true;
    public bool Inbox { get; set; } = true;
    public bool Webhook { get; set; } = true;
    /// <summary>Null: the deployment's default quiet hours.</summary>
    public TimeOnly? QuietStart { get; set; }
    public TimeOnly? QuietEnd { get; set; }
    public long Version { get; set; }
}

/// <summary>An in-app message (站内消息) for one person.</summary>
public sealed class InboxItem
{
    public long Id { get; set; }
    public Guid PersonId { get; set; }
    public long ScheduleId { get; set; }
    public Guid UnitId { get; set; }
    public required string SubjectKind { get; set; }
    public Guid SubjectId { get; set; }
    public required string Title { get; set; }
    public required string Body { get; set; }
    public bool IsEscalation { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset? ReadAt { get; set; }
}

/// <summary>A unit's group robot or integration endpoint: generic signed JSON, DingTalk (钉钉) or WeCom (企业微信).</summary>
public sealed class Webhook
{
    public Guid Id { get; set; }
    public Guid UnitId { get; set; }
    public required string Name { get; set; }
    /// <summary>generic, dingtalk or wecom.</summary>
    public required string Kind { get; set; }
    public required string Url { get; set; }
    /// <summary>HMAC key (generic: X-Rectify-Signature; DingTalk: the robot's 加签 secret). Never returned by the API.</summary>
    public string? Secret { get; set; }
    public bool Enabled { get; set; } = true;
}

public static class WebhookKinds
{
    public const string Generic = "generic";
    public const string DingTalk = "dingtalk";
    public const string WeCom = "wecom";
    public static readonly string[] All = [Generic, DingTalk, WeCom];
}

/// <summary>A working-day calendar entry that differs from Monday–Friday (节假日 / 调休上班).</summary>
public sealed class CalendarDay
{
    public DateOnly Date { get; set; }
    public bool IsWorkingDay { get; set; }
    public required string Name { get; set; }
    /// <summary>seed (from the State Council notice resource) or edited (by an administrator).</summary>
    public required string Source { get; set; }
    /// <summary>The administrator's last edit: its ticks are the version of the <c>CalendarDayChanged</c> it published.</summary>
    public DateTimeOffset? EditedAt { get; set; }
}

/// <summary>
/// A day an administrator put back to the plain week (removed): kept so a rebuild can send the removal again
/// to a service that never heard of it. Setting the day again deletes this row.
/// </summary>
public sealed class CalendarRemoval
{
    public DateOnly Date { get; set; }
    public DateTimeOffset RemovedAt { get; set; }
}

/// <summary>A year of the resource already seeded into the database; seeding never overwrites an edit.</summary>
public sealed class CalendarYear
{
    public int Year { get; set; }
    public DateTimeOffset SeededAt { get; set; }
}

/// <summary>Reminder rules for a jurisdiction subtree (JSON of <see cref="ReminderRules"/>); the most specific path wins.</summary>
public sealed class RulePolicy
{
    public required string JurisdictionPath { get; set; }
    public required string Rules { get; set; }
    public long Version { get; set; }
}
