namespace Rectify.Web.Pages.Tasks;

/// <summary>
/// 批量调整: the tasks ticked, and either new responsibles or one new deadline with its reason. Which of the two
/// is applied is the button pressed (<see cref="Action"/>), so the page needs no script.
/// </summary>
public sealed class BulkInput : AssignmentInput
{
    public const string Assign = "assign";
    public const string Deadline = "deadline";

    public List<string> TaskIds { get; set; } = [];
    public string? NewDeadline { get; set; }
    public string? Reason { get; set; }
    public string? Action { get; set; }
}
