using Microsoft.AspNetCore.Components.Forms;
using Microsoft.Extensions.Localization;
using Rectify.Web.Api;

namespace Rectify.Web.Pages.Findings;

/// <summary>What the add and revise clue forms post; strings so that what the liaison typed comes back unchanged on an error.</summary>
public sealed class ClueInput
{
    public static readonly IReadOnlyList<string> Statuses = ["handed_over", "handling", "concluded"];

    public static readonly string[] Fields = [nameof(Summary), nameof(HandedTo), nameof(HandedOverOn), nameof(Status), nameof(Outcome)];

    public string? Summary { get; set; }
    public string? HandedTo { get; set; }
    public string? HandedOverOn { get; set; }
    public string Status { get; set; } = "handed_over";
    public string? Outcome { get; set; }

    public static ClueInput From(ClueEntry clue) => new()
    {
        Summary = clue.Summary, HandedTo = clue.HandedTo, HandedOverOn = clue.HandedOverOn, Status = clue.Status, Outcome = clue.Outcome,
    };

    /// <summary>The label key of a status, or null for a code this UI does not know (shown as written).</summary>
    public static string? StatusKey(string? status) => status is not null && Statuses.Contains(status) ? "ClueStatus_" + status : null;

    public ClueBody ToBody() => new(FormErrors.Trimmed(Summary), FormErrors.Trimmed(HandedTo), FormErrors.Trimmed(HandedOverOn), Status,
        FormErrors.Trimmed(Outcome));

    /// <summary>The required fields, checked before a call. False when a message was added.</summary>
    public bool Check(EditContext context, ValidationMessageStore messages, IStringLocalizer<UiText> t)
    {
        foreach (var (value, field, label) in new[]
                 {
                     (Summary, nameof(Summary), "ClueSummary"), (HandedTo, nameof(HandedTo), "ClueHandedTo"),
                     (HandedOverOn, nameof(HandedOverOn), "ClueHandedOverOn"),
                 })
        {
            if (string.IsNullOrWhiteSpace(value))
            {
                messages.Add(context.Field(field), t["FieldRequired", t[label]]);
            }
        }

        if (!context.GetValidationMessages().Any())
        {
            return true;
        }

        context.NotifyValidationStateChanged();
        return false;
    }
}
