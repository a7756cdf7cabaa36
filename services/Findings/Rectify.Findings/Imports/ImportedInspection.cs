using Rectify.ServiceDefaults.Errors;
using Rectify.Findings.Import;
using Rectify.Findings.Model;

namespace Rectify.Findings.Imports;

/// <summary>
/// The inspection an import will register: what the notice says, overridden by what the person
/// committing supplies. <see cref="Missing"/> names, in the order a form shows them, what neither gives.
/// </summary>
public sealed record ImportedInspection(
    Guid? UnitId, string? Kind, string? Issuer, string? Team, string? Round, string Type,
    DateOnly? OnSiteStart, DateOnly? OnSiteEnd, DateOnly? FeedbackOn)
{
    /// <summary>Most inspections are routine; a notice that names no type is read as 常规.</summary>
    public const string DefaultType = "常规";

    public static ImportedInspection From(ParsedNotice notice, ImportOverrides overrides, Guid? suggestedUnitId)
    {
        var read = notice.Inspection;
        return new ImportedInspection(
            overrides.UnitId ?? suggestedUnitId,
            Text(overrides.Kind) ?? read.Kind,
            Text(overrides.Issuer) ?? read.Issuer,
            Text(overrides.Team) ?? read.Team,
            Text(overrides.Round) ?? read.Round,
            Text(overrides.Type) ?? read.Type ?? DefaultType,
            overrides.OnSiteStart ?? read.OnSiteStart,
            overrides.OnSiteEnd ?? read.OnSiteEnd,
            overrides.FeedbackOn ?? read.FeedbackOn);
    }

    public IReadOnlyList<string> Missing =>
    [
        .. new (string Field, bool Absent)[]
        {
            ("unitId", UnitId is null), ("kind", Kind is null), ("issuer", Issuer is null), ("team", Team is null),
            ("round", Round is null), ("onSiteStart", OnSiteStart is null), ("onSiteEnd", OnSiteEnd is null), ("feedbackOn", FeedbackOn is null),
        }.Where(f => f.Absent).Select(f => f.Field),
    ];

    /// <summary>The registration input, or a 400 naming the first field missing or not allowed.</summary>
    public InspectionInput ToInput()
    {
        if (Missing.Count > 0)
            throw new FieldException(Missing[0], $"The notice does not say {Missing[0]}; supply it to commit the import.");
        if (!InspectionKinds.All.Contains(Kind))
            throw new FieldException("kind", "kind is xunshi (巡视) or xuncha (巡察).");
        if (!InspectionKinds.Types.Contains(Type))
            throw new FieldException("type", $"type is one of {string.Join("、", InspectionKinds.Types)}.");
        foreach (var (field, value, max) in new[] { ("issuer", Issuer!, 50), ("team", Team!, 100), ("round", Round!, 100) })
            if (value.Length > max)
                throw new FieldException(field, $"{field} is at most {max} characters; correct what the notice gave.");
        return new InspectionInput(UnitId!.Value, Kind!, Issuer!, Team!, Round!, Type, OnSiteStart!.Value, OnSiteEnd!.Value);
    }

    private static string? Text(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
