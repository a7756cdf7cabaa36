using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Forms;
using Rectify.Web.Api;

namespace Rectify.Web.Pages.Tasks;

/// <summary>
/// What every form on a task shares: an edit context over the posted input, the API's 400 field errors put next to
/// the fields, a message for 403/409, and the redirect back to the task with what was saved.
/// </summary>
public abstract class TaskFormBase<TInput> : ApiComponentBase where TInput : class, new()
{
    protected EditContext EditContext { get; private set; } = default!;
    protected ValidationMessageStore Messages { get; private set; } = default!;
    protected string? FormError { get; set; }
    protected List<string> OtherErrors { get; private set; } = [];

    /// <summary>The task as the page loaded it; its version goes out as If-Match.</summary>
    [Parameter, EditorRequired]
    public TaskSummary Task { get; set; } = default!;

    /// <summary>The posted input ([SupplyParameterFromForm] in the derived form), or null on a plain render.</summary>
    protected abstract TInput? Posted { get; set; }

    protected TInput Input => Posted!;

    /// <summary>Prefills a fresh form; the posted one is kept as typed.</summary>
    protected virtual TInput Initial() => new();

    protected override void OnInitialized()
    {
        Posted ??= Initial();
        EditContext = new EditContext(Posted);
        Messages = new ValidationMessageStore(EditContext);
    }

    protected void Require(string field, string? value, string labelKey)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            Messages.Add(EditContext.Field(field), T["FieldRequired", T[labelKey]]);
        }
    }

    /// <summary>Starts a submit: clears old messages. False (with the messages shown) when a local check failed.</summary>
    protected bool Begin(Action<TInput>? check = null)
    {
        Messages.Clear();
        FormError = null;
        OtherErrors = [];
        check?.Invoke(Input);
        if (EditContext.GetValidationMessages().Any())
        {
            EditContext.NotifyValidationStateChanged();
            return false;
        }

        return true;
    }

    /// <summary>Runs the write; on success goes back to the task (a redirect after the post) saying what was saved.</summary>
    protected async Task SaveAsync(Func<Task<ApiValidationProblem?>> write, string saved, params string[] fields)
    {
        ApiValidationProblem? problem = null;
        if (!await CallApiAsync(async () => problem = await write()))
        {
            FormError = TaskWriteFailedMessage();
            return;
        }

        if (problem is not null)
        {
            OtherErrors = FormErrors.Apply(problem, EditContext, Messages, fields);
            FormError = T["RegisterUnitInvalid"];
            return;
        }

        Navigation.NavigateTo($"tasks/{Task.Id}?saved={saved}");
    }

    /// <summary>409 is a refused transition or a stale page: someone acted on the task meanwhile, or the state does not allow it.</summary>
    protected string TaskWriteFailedMessage() => LastFailure switch
    {
        System.Net.HttpStatusCode.Forbidden => T["Forbidden"],
        System.Net.HttpStatusCode.Conflict => ChangedByMessage() ?? T["TaskConflict"],
        System.Net.HttpStatusCode.NotFound => T["TaskNotFound"],
        _ => T["SaveFailed"],
    };
}
