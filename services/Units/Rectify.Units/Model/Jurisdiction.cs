namespace Rectify.Units.Model;

/// <summary>
/// A jurisdiction (辖区) in the tree province → city → county/district, with the committee that
/// inspects in it (e.g. 福州市委) and that committee's inspection office (巡视办/巡察办).
/// </summary>
public sealed class Jurisdiction
{
    public Guid Id { get; set; }
    public Guid? ParentId { get; set; }
    public required string Name { get; set; }
    /// <summary>province, city or county (county also covers districts).</summary>
    public required string Level { get; set; }
    /// <summary>Ids from the root down, "/a/b/c/"; fixed once registered, so subtrees never move.</summary>
    public required string Path { get; set; }
    public required string Committee { get; set; }
    public required string InspectionOffice { get; set; }
    public long Version { get; set; }
}

public static class JurisdictionLevels
{
    public const string Province = "province";
    public const string City = "city";
    public const string County = "county";
    public static readonly IReadOnlyList<string> All = [Province, City, County];
}
