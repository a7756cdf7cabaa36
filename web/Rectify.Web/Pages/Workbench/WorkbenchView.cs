using Rectify.Web.Api;

namespace Rectify.Web.Pages.Workbench;

/// <summary>What the workbench shows; a null list is a section the user's roles do not have.</summary>
internal sealed class WorkbenchView
{
    public static readonly string[] Lights = ["red", "yellow", "green"];

    public List<TaskSummary>? Mine { get; set; }

    public List<TaskSummary>? ToReview { get; set; }

    public List<TaskSummary>? Overdue { get; set; }

    public List<InboxItem> Escalations { get; set; } = [];

    public List<InboxItem> Unread { get; set; } = [];

    public bool Failed { get; set; }

    /// <summary>Administrators only: whether next year's holiday calendar still has to be entered.</summary>
    public NextYearCalendarStatus? Calendar { get; set; }

    /// <summary>The soonest deadline among the user's open items that has not passed yet.</summary>
    public TaskSummary? NextDeadline => Mine?.Where(t => !t.Overdue && t.Deadline is not null).MinBy(t => t.Deadline, StringComparer.Ordinal);

    /// <summary>Open items, the most urgent first: overdue, then by deadline (ISO dates sort as text); closed ones are done.</summary>
    public static List<TaskSummary> Open(IEnumerable<TaskSummary> tasks) =>
        [.. tasks.Where(t => t.State is not ("closed" or "completed_sustained"))
            .OrderByDescending(t => t.Overdue).ThenBy(t => t.Deadline ?? "9999", StringComparer.Ordinal)];

    /// <summary>Where an inbox item leads: its task, else the inbox.</summary>
    public static string Link(InboxItem item) => item.SubjectKind == "task" ? $"tasks/{item.SubjectId}" : "notifications";
}
