using Microsoft.AspNetCore.Components.Forms;
using Rectify.Web.Api;

namespace Rectify.Web.Pages;

/// <summary>Puts a 400 problem's field errors next to the inputs they name; the rest goes above the form.</summary>
internal static class FormErrors
{
    /// <summary>Problem details name fields as "name", "Name", "$.name" or "grants[0].unitId"; the last segment decides.</summary>
    public static List<string> Apply(ApiValidationProblem problem, EditContext editContext, ValidationMessageStore messages, params string[] fields)
    {
        var other = new List<string>();
        foreach (var (key, errors) in problem.Errors)
        {
            var last = key.Split('.')[^1];
            var field = fields.FirstOrDefault(f => string.Equals(f, last, StringComparison.OrdinalIgnoreCase));
            if (field is null)
            {
                other.AddRange(errors);
            }
            else
            {
                messages.Add(editContext.Field(field), errors);
            }
        }

        if (problem.Errors.Count == 0 && problem.Title is not null)
        {
            other.Add(problem.Title);
        }

        editContext.NotifyValidationStateChanged();
        return other;
    }

    public static string? Trimmed(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
