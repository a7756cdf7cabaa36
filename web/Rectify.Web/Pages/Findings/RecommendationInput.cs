using Microsoft.AspNetCore.Components.Forms;
using Microsoft.Extensions.Localization;

namespace Rectify.Web.Pages.Findings;

/// <summary>What the add and revise recommendation forms post.</summary>
public sealed class RecommendationInput
{
    public static readonly string[] Fields = [nameof(Text)];

    public string? Text { get; set; }

    /// <summary>False (with a message) when nothing was written.</summary>
    public bool Check(EditContext context, ValidationMessageStore messages, IStringLocalizer<UiText> t)
    {
        if (!string.IsNullOrWhiteSpace(Text))
        {
            return true;
        }

        messages.Add(context.Field(nameof(Text)), t["FieldRequired", t["RecommendationText"]]);
        context.NotifyValidationStateChanged();
        return false;
    }
}
