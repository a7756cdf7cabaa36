using System.Globalization;
using Rectify.Notifications.Model;

namespace Rectify.Notifications.Sending;

/// <summary>What a reminder says, in Chinese, the same on every channel.</summary>
public sealed record ReminderMessage(string Title, string Text)
{
    public static ReminderMessage For(Schedule schedule, TrackedDeadline? deadline, string unitName, string? personName)
    {
        var what = deadline?.Title is { Length: > 0 } title ? title : SubjectKinds.Title(schedule.SubjectKind);
        var due = schedule.Deadline.ToString("yyyy年M月d日", CultureInfo.InvariantCulture);
        var status = Status(schedule, due);
        var tag = schedule.IsEscalation ? "【逾期督办】" : "【整改提醒】";
        var greeting = string.IsNullOrWhiteSpace(personName) ? "" : $"{personName}：";
        var ask = schedule.SubjectKind == SubjectKinds.ReportPeriod
            ? schedule.IsEscalation ? "该单位未按期报送，请督促其尽快报送。" : "请按时向巡察办报送本期整改进展情况。"
            : schedule.IsEscalation
            ? "请督促责任人尽快办结，并关注整改进度。"
            : schedule.SubjectKind == SubjectKinds.Feedback ? "请及时组织制定整改方案。" : "请按时办结。";
        return new ReminderMessage(
            $"{tag}{unitName} {what}{status}",
            $"{greeting}{unitName}的{what}（截止日期：{due}）{status}。{ask}");
    }

    private static string Status(Schedule schedule, string due)
    {
        var rule = schedule.Rule;
        if (rule == "due")
            return "今天到期";
        if (rule is "missing" or "missing-office")
            return "已到期，未报送";
        if (rule == "delivered")
            return $"已于{due}反馈，整改工作开始计时";
        if (rule.StartsWith("before-", StringComparison.Ordinal) && rule.EndsWith("wd", StringComparison.Ordinal))
            return $"距截止还有{rule[7..^2]}个工作日";
        if (rule.StartsWith("before-", StringComparison.Ordinal))
            return $"距截止还有{rule[7..^1]}天";
        return $"已逾期{schedule.WorkingDaysOverdue}个工作日";
    }
}
