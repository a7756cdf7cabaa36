using Microsoft.Extensions.Localization;
using Rectify.Web.Api;

namespace Rectify.Web.Pages;

/// <summary>"整改办联络员（中共西安市科协党组）": a role with the unit or jurisdiction it is held for.</summary>
internal static class GrantLabels
{
    public static string Role(IStringLocalizer<UiText> t, string role) =>
        t[Roles.LabelKey(role)] is { ResourceNotFound: false } label ? label.Value : role;

    public static string Text(
        IStringLocalizer<UiText> t, RoleGrantSummary grant,
        IReadOnlyDictionary<string, UnitSummary> units, IReadOnlyDictionary<string, JurisdictionSummary> jurisdictions)
    {
        var scope = Scope(grant, units, jurisdictions);
        return scope is null ? Role(t, grant.Role) : $"{Role(t, grant.Role)}（{scope}）";
    }

    public static string? Scope(
        RoleGrantSummary grant, IReadOnlyDictionary<string, UnitSummary> units, IReadOnlyDictionary<string, JurisdictionSummary> jurisdictions)
    {
        if (grant.UnitId is { } unitId)
        {
            return units.TryGetValue(unitId, out var unit) ? unit.Name : unitId;
        }

        if (grant.JurisdictionId is { } jurisdictionId)
        {
            return JurisdictionTree.PathName(jurisdictions, jurisdictionId) is { Length: > 0 } path ? path : jurisdictionId;
        }

        return null;
    }
}
