using System.Globalization;
using Microsoft.AspNetCore.Components.Forms;
using Microsoft.Extensions.Localization;
using Rectify.Web.Api;

namespace Rectify.Web.Pages.Tasks;

// What the task forms post. Strings, so that what the user typed comes back unchanged with an error.

/// <summary>One outcome figure (整改成效), shared by the progress and outcome forms; no kind means none.</summary>
public class FigureInput
{
    public static readonly string[] Fields = [nameof(Kind), nameof(Title), nameof(TalkKind), nameof(People), nameof(Batches), nameof(Amount)];

    public string? Kind { get; set; }
    public string? Title { get; set; }
    public string? TalkKind { get; set; }
    public string? People { get; set; }
    public string? Batches { get; set; }
    public string? Amount { get; set; }

    /// <summary>The figure to send, or null when none was chosen; numbers that do not read get a message.</summary>
    public NewFigure? Figure(EditContext context, ValidationMessageStore messages, IStringLocalizer<UiText> t)
    {
        if (string.IsNullOrWhiteSpace(Kind))
        {
            return null;
        }

        int? Count(string field, string? text)
        {
            if (string.IsNullOrWhiteSpace(text))
            {
                return null;
            }

            if (int.TryParse(text.Trim(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) && n >= 0)
            {
                return n;
            }

            messages.Add(context.Field(field), t["TaskCountInvalid"]);
            return null;
        }

        decimal? amount = null;
        if (!string.IsNullOrWhiteSpace(Amount))
        {
            if (decimal.TryParse(Amount.Replace(",", "").Replace("，", "").Trim(), NumberStyles.Number, CultureInfo.InvariantCulture, out var a) && a >= 0)
            {
                amount = a;
            }
            else
            {
                messages.Add(context.Field(nameof(Amount)), t["MoneyInvalid"]);
            }
        }

        return new NewFigure(Kind.Trim(), FormErrors.Trimmed(Title), FormErrors.Trimmed(TalkKind),
            Count(nameof(People), People), Count(nameof(Batches), Batches), amount);
    }
}

public sealed class ProgressInput : FigureInput
{
    public string? ReportedOn { get; set; }
    public string? Narrative { get; set; }
}

public sealed class OutcomeInput : FigureInput;

/// <summary>A deadline with its reason: an extension request or a direct change.</summary>
public sealed class DeadlineInput
{
    public string? Deadline { get; set; }
    public string? Reason { get; set; }
}

/// <summary>Approve or return (the button pressed posts Decision), with a reason.</summary>
public sealed class DecisionInput
{
    public string? Decision { get; set; }
    public string? Reason { get; set; }
    public string? RequestId { get; set; }
    /// <summary>The deadline granted with an approved extension; empty grants the one requested.</summary>
    public string? Deadline { get; set; }

    public bool Approve => Decision == "approve";
}

public sealed class NoteInput
{
    public string? Note { get; set; }
}

/// <summary>The three responsibles; a picked person wins over text typed for the leader.</summary>
public class AssignmentInput
{
    public static readonly string[] Fields = [nameof(ResponsibleLeaderId), nameof(ResponsibleLeader), nameof(ResponsibleDepartment), nameof(ResponsiblePersonId)];

    public string? ResponsibleLeaderId { get; set; }
    public string? ResponsibleLeader { get; set; }
    public string? ResponsibleDepartment { get; set; }
    public string? ResponsiblePersonId { get; set; }

    public TaskAssignment ToAssignment() => new(
        FormErrors.Trimmed(ResponsibleLeaderId), FormErrors.Trimmed(ResponsibleLeaderId) is null ? FormErrors.Trimmed(ResponsibleLeader) : null,
        FormErrors.Trimmed(ResponsibleDepartment), FormErrors.Trimmed(ResponsiblePersonId));
}

public sealed class PlanTaskInput : AssignmentInput
{
    public string? FindingId { get; set; }
    public string? Measures { get; set; }
    public string? Kind { get; set; } = "time_limited";
    public string? Deadline { get; set; }
}

public sealed class RevisionInput
{
    public static readonly string[] Fields = [nameof(Measures), nameof(Kind)];

    public string? Measures { get; set; }
    public string? Kind { get; set; }
}

public sealed class RemoveOutcomeInput
{
    public static readonly string[] Fields = [nameof(OutcomeId), nameof(Reason)];

    public string? OutcomeId { get; set; }
    public string? Reason { get; set; }
}

public sealed class ReasonInput
{
    public string? Reason { get; set; }
}
