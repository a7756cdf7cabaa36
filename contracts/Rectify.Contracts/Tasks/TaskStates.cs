namespace Rectify.Contracts.Tasks;

/// <summary>
/// The states of a rectification task (整改任务) as <see cref="TaskSnapshot.State"/> carries them: written once here
/// so that the tasks service that sets them and the services that count them read the same words.
/// </summary>
public static class TaskStates
{
    /// <summary>未开始: planned, nothing reported yet.</summary>
    public const string Planned = "planned";
    /// <summary>整改中: progress reported, or a close-out returned or reopened.</summary>
    public const string InProgress = "in_progress";
    /// <summary>销号审核中: submitted for close-out (销号), awaiting review.</summary>
    public const string Submitted = "submitted";
    /// <summary>已销号: closed.</summary>
    public const string Closed = "closed";
    /// <summary>已完成整改并长期坚持: a sustained item closed, still taking check-ins.</summary>
    public const string CompletedSustained = "completed_sustained";

    /// <summary>Closed (销号) in either way: plainly, or completed and sustained.</summary>
    public static bool IsClosed(string state) => state is Closed or CompletedSustained;
}
