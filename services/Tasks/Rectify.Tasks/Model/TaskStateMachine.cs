using Rectify.Contracts.Tasks;

namespace Rectify.Tasks.Model;

/// <summary>What can be done to a task.</summary>
public enum TaskAction
{
    Assign,
    ChangeDeadline,
    RequestExtension,
    DecideExtension,
    ReportProgress,
    RecordOutcome,
    RequestCloseOut,
    ReviewCloseOut,
    Reopen,
    Revise,
}

/// <summary>
/// Which actions each state allows, in one table so the rules can be read (and tested) at a glance.
/// A submitted task is frozen while it is reviewed; a closed one only reopens; a sustained item that
/// was closed as completed keeps taking check-ins and outcome figures.
/// </summary>
public static class TaskStateMachine
{
    private static readonly Dictionary<string, TaskAction[]> Allowed = new()
    {
        [TaskStates.Planned] =
            [TaskAction.Revise, TaskAction.Assign, TaskAction.ChangeDeadline, TaskAction.RequestExtension, TaskAction.DecideExtension, TaskAction.ReportProgress, TaskAction.RecordOutcome],
        [TaskStates.InProgress] =
            [TaskAction.Revise, TaskAction.Assign, TaskAction.ChangeDeadline, TaskAction.RequestExtension, TaskAction.DecideExtension, TaskAction.ReportProgress, TaskAction.RecordOutcome,
             TaskAction.RequestCloseOut],
        [TaskStates.Submitted] = [TaskAction.ReviewCloseOut],
        [TaskStates.Closed] = [TaskAction.Reopen],
        [TaskStates.CompletedSustained] = [TaskAction.ReportProgress, TaskAction.RecordOutcome, TaskAction.Reopen],
    };

    public static bool Allows(string state, TaskAction action) => Allowed.TryGetValue(state, out var actions) && actions.Contains(action);

    public static void Require(RectificationTask task, TaskAction action)
    {
        if (!Allows(task.State, action))
            throw new TaskConflictException($"A task that is {task.State} does not allow {action}.");
    }
}

/// <summary>The request conflicts with the task as it is now (its state, or the version the caller saw): a 409.</summary>
public sealed class TaskConflictException(string message) : Exception(message);
