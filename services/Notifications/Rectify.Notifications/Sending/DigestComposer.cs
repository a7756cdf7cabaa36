using System.Globalization;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Rectify.Notifications.Calendar;
using Rectify.Notifications.Infrastructure;
using Rectify.Notifications.Model;
using Rectify.Notifications.Scheduling;
using Rectify.ServiceDefaults.Time;

namespace Rectify.Notifications.Sending;

/// <summary>
/// Writes a unit's weekly digest (每周汇总) from the deadlines this service tracks, at send time: open
/// items by light (red overdue, yellow due within <see cref="SoonWithin"/> working days, else green, as the
/// tasks service counts), overdue items with working days overdue, items due soon, items closed in the
/// last seven days, progress reports not submitted by their period's due date, and from November a note when next year's calendar is not entered. Null when, on the first visit, there is nothing to say: nothing open, or the recipient is no longer a coordinator.
/// </summary>
public sealed class DigestComposer(NotificationsDbContext db, CalendarStore calendars, RecipientDirectory directory, NextYearCalendarCheck nextYear, TimeProvider time)
{
    public const int SoonWithin = 10;
    /// <summary>Lines per list; the rest is counted, so a message stays readable (and inside the inbox body).</summary>
    public const int MaxLines = 20;

    /// <summary>
    /// <c>firstVisit</c>: before any delivery exists. A retry of a channel that failed must still say
    /// something, so then it is written whatever has changed since.
    /// </summary>
    public async Task<ReminderMessage?> ComposeAsync(Schedule schedule, string unitName, string? personName, bool firstVisit, CancellationToken ct)
    {
        if (firstVisit && schedule.Tier == WeeklyDigest.CoordinatorTier
            && !(await directory.CoordinatorsAsync(schedule.UnitId, ct)).Contains(schedule.RecipientId))
            return null;
        var calendar = await calendars.CurrentAsync(db, ct);
        var today = time.Today();
        // Report periods are planned a year ahead; only those due soon or late are something to do this week.
        var horizon = calendar.AddWorkingDays(today, SoonWithin);
        var open = (await WeeklyDigest.Open(db.Deadlines.AsNoTracking()).Where(d => d.UnitId == schedule.UnitId).OrderBy(d => d.Deadline).ThenBy(d => d.Title).ToListAsync(ct))
            .Where(d => d.SubjectKind != SubjectKinds.ReportPeriod || d.Deadline <= horizon).ToList();
        if (firstVisit && open.Count == 0)
            return null;
        var since = time.GetUtcNow().AddDays(-7);
        var closed = (await db.Deadlines.AsNoTracking()
                .Where(d => d.UnitId == schedule.UnitId && d.Closed && d.DeadlineVersion > 0 && d.SubjectKind != SubjectKinds.Feedback && d.ClosedAt != null)
                .ToListAsync(ct))
            .Where(d => d.ClosedAt >= since).OrderBy(d => d.ClosedAt).ToList(); // DateTimeOffset compares in memory on SQLite

        var late = open.Where(d => d.Deadline < today).ToList();
        // A report period still open after its due date is a missing report (未按期报送), listed apart from overdue rectification.
        var missing = late.Where(d => d.SubjectKind == SubjectKinds.ReportPeriod).ToList();
        var overdue = late.Except(missing).ToList();
        var soon = open.Where(d => d.Deadline >= today && calendar.WorkingDaysBetween(today, d.Deadline) <= SoonWithin).ToList();
        var green = open.Count - late.Count - soon.Count;

        var text = new StringBuilder();
        if (!string.IsNullOrWhiteSpace(personName))
            text.Append(personName).AppendLine("：");
        text.AppendLine($"{unitName}截至{Date(today)}的整改情况如下。");
        text.AppendLine($"一、未完成{open.Count}项：红灯{late.Count}项，黄灯{soon.Count}项，绿灯{green}项。");
        List(text, $"二、已逾期{overdue.Count}项", overdue, d => $"{d.Title}（截止{Date(d.Deadline)}，已逾期{calendar.WorkingDaysBetween(d.Deadline, today)}个工作日）");
        List(text, $"三、未来{SoonWithin}个工作日内到期{soon.Count}项", soon,
            d => d.Deadline == today ? $"{d.Title}（今天到期）" : $"{d.Title}（截止{Date(d.Deadline)}，还有{calendar.WorkingDaysBetween(today, d.Deadline)}个工作日）");
        List(text, $"四、近一周办结{closed.Count}项", closed,
            d => $"{d.Title}（{Date(DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(d.ClosedAt!.Value, ChinaTime.Zone).DateTime))}办结）");
        if (missing.Count > 0)
            List(text, $"五、未按期报送整改进展情况报告{missing.Count}期", missing, d => $"{d.Title}（应于{Date(d.Deadline)}报送）");
        // No administrator or inspection office receives a digest; the coordinators are told why next year's working days may still move.
        if (schedule.Tier == WeeklyDigest.CoordinatorTier && await nextYear.CheckAsync(db, ct) is { Warn: true } next)
            text.AppendLine($"注：{next.Year}年节假日安排尚未录入，{next.Year}年的到期日暂按周一至周五计算工作日，录入后提醒将自动调整。");
        text.Append("请整改领导小组办公室及时督促推进。");
        var title = $"【每周汇总】{unitName} 整改工作周报（{Date(schedule.Deadline)}当周）：未完成{open.Count}项，逾期{overdue.Count}项";
        return new ReminderMessage(title, text.ToString());
    }

    private static void List(StringBuilder text, string heading, List<TrackedDeadline> items, Func<TrackedDeadline, string> line)
    {
        text.AppendLine(items.Count == 0 ? $"{heading}。" : $"{heading}：");
        for (var i = 0; i < Math.Min(items.Count, MaxLines); i++)
            text.AppendLine($"{i + 1}. {line(items[i])}");
        if (items.Count > MaxLines)
            text.AppendLine($"……另有{items.Count - MaxLines}项。");
    }

    private static string Date(DateOnly date) => date.ToString("yyyy年M月d日", CultureInfo.InvariantCulture);
}
