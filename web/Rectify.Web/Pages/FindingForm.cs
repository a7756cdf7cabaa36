using Microsoft.AspNetCore.Components.Forms;
using Microsoft.Extensions.Localization;

namespace Rectify.Web.Pages;

/// <summary>What the record and revise forms post; strings so that what the user typed comes back unchanged on an error.</summary>
public sealed class FindingForm
{
    public static readonly string[] Fields =
        [nameof(ParentId), nameof(Ordinal), nameof(Title), nameof(ImmediateFix), nameof(MoneyInvolved), nameof(Tags), "level"];

    public string? ParentId { get; set; }
    public string? Ordinal { get; set; }
    public string? Title { get; set; }
    public bool ImmediateFix { get; set; }
    public string? MoneyInvolved { get; set; }
    public string? Tags { get; set; }

    /// <summary>The checks worth making before a call: required text and a readable amount. False when a message was added.</summary>
    public bool Check(EditContext context, ValidationMessageStore messages, IStringLocalizer<UiText> t, out decimal? money)
    {
        if (string.IsNullOrWhiteSpace(Ordinal))
        {
            messages.Add(context.Field(nameof(Ordinal)), t["FieldRequired", t["FindingOrdinal"]]);
        }

        if (string.IsNullOrWhiteSpace(Title))
        {
            messages.Add(context.Field(nameof(Title)), t["FieldRequired", t["FindingTitle"]]);
        }

        if (!FindingFields.TryMoney(MoneyInvolved, out money))
        {
            messages.Add(context.Field(nameof(MoneyInvolved)), t["MoneyInvalid"]);
        }

        if (context.GetValidationMessages().Any())
        {
            context.NotifyValidationStateChanged();
            return false;
        }

        return true;
    }
}
