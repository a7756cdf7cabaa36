namespace Rectify.ServiceDefaults.Auth;

/// <summary>A role and where it applies: everywhere, one unit, or a jurisdiction subtree.</summary>
public sealed record Grant(string Role, Guid? UnitId, string? JurisdictionPath)
{
    public bool IsGlobal => UnitId is null && JurisdictionPath is null;

    public override string ToString() =>
        UnitId is { } unit ? $"{Role}|u:{unit}" : JurisdictionPath is { } path ? $"{Role}|j:{path}" : $"{Role}|*";

    public static Grant? Parse(string value)
    {
        var bar = value.IndexOf('|');
        if (bar <= 0)
            return null;
        var role = value[..bar];
        var scope = value[(bar + 1)..];
        if (scope == "*")
            return new Grant(role, null, null);
        if (scope.StartsWith("u:") && Guid.TryParse(scope[2..], out var unit))
            return new Grant(role, unit, null);
        if (scope.StartsWith("j:/") && scope.EndsWith('/'))
            return new Grant(role, null, scope[2..]);
        return null;
    }

    /// <summary>Whether this grant covers a unit in a jurisdiction.</summary>
    public bool Covers(Guid unitId, string unitJurisdictionPath) =>
        IsGlobal || UnitId == unitId || (JurisdictionPath is { } path && unitJurisdictionPath.StartsWith(path, StringComparison.Ordinal));
}
