namespace Rectify.Units.Model;

public static class UnitKinds
{
    public static readonly IReadOnlyList<string> All = ["党组", "党委", "工委", "党支部"];
}
