using Microsoft.EntityFrameworkCore;
using Rectify.ServiceDefaults.Time;
using Rectify.Tasks.Infrastructure;
using Rectify.Tasks.Model;

namespace Rectify.Tasks.Apis;

/// <summary>
/// The caller's If-Match names a version of the task that someone has since moved on: a 409 that says who changed
/// what, and when, from the audit trail, so the loser of two edits knows what they are about to overwrite. The
/// problem carries the same as extensions (currentVersion, changedBy, changedAt, changedFields) for a client to word.
/// </summary>
public sealed class TaskChangedException(string message, long currentVersion, string? changedBy, DateTimeOffset? changedAt, IReadOnlyList<string> changedFields)
    : Exception(message)
{
    public long CurrentVersion { get; } = currentVersion;
    public string? ChangedBy { get; } = changedBy;
    public DateTimeOffset? ChangedAt { get; } = changedAt;
    public IReadOnlyList<string> ChangedFields { get; } = changedFields;

    /// <summary>Describes the task's last change: the audit rows of its latest write (one actor, within a moment).</summary>
    public static async Task<TaskChangedException> SinceAsync(TasksDbContext db, RectificationTask task, string seenVersion, CancellationToken ct)
    {
        var recent = await db.Audit.AsNoTracking().Where(a => a.TaskId == task.Id).OrderByDescending(a => a.Id).Take(12).ToListAsync(ct);
        var prefix = $"The task is at version {task.Version}, not {seenVersion}";
        if (recent.Count == 0)
            return new TaskChangedException(prefix + "; reload and try again.", task.Version, null, null, []);
        var last = recent[0];
        // The ids beside the names (responsible_person_id) say nothing a reader wants twice.
        var write = recent.TakeWhile(a => a.Actor == last.Actor && last.At - a.At < TimeSpan.FromSeconds(2))
            .Where(a => a.Field is null || !a.Field.EndsWith("_id", StringComparison.Ordinal)).Reverse().ToList();
        var who = last.ActorName ?? last.Actor ?? "someone";
        var when = TimeZoneInfo.ConvertTime(last.At, ChinaTime.Zone).ToString("yyyy-MM-dd HH:mm:ss");
        var what = string.Join("; ", write.Select(Describe));
        return new TaskChangedException($"{prefix}: {who} changed it at {when} (Beijing time): {what}. Reload and try again.",
            task.Version, who, last.At, [.. write.Select(a => a.Field ?? a.Action).Distinct()]);
    }

    private static string Describe(AuditEntry a)
    {
        var text = Words(a.Action);
        if (a.Field is { } field && !text.Contains(Words(field), StringComparison.Ordinal))
            text += " " + Words(field);
        return (a.From, a.To) switch
        {
            ({ } from, { } to) => $"{text} from “{Cap(from)}” to “{Cap(to)}”",
            (null, { } to) => $"{text} “{Cap(to)}”",
            ({ } from, null) => $"{text} (was “{Cap(from)}”)",
            _ => text,
        };
    }

    private static string Words(string code) => code.Replace('_', ' ');

    private static string Cap(string value) => value.Length <= 80 ? value : value[..80] + "…";
}
