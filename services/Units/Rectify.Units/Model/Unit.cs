namespace Rectify.Units.Model;

/// <summary>
/// An inspected party organisation (被巡视/被巡察党组织), e.g. 县科技局党组.
/// </summary>
public sealed class Unit
{
    public Guid Id { get; set; }
    /// <summary>The full name as written in notices.</summary>
    public required string Name { get; set; }
    public required string ShortName { get; set; }
    /// <summary>党组, 党委, 工委 or 党支部.</summary>
    public required string Kind { get; set; }
    /// <summary>Incremented on every change; travels in events so consumers can drop stale updates.</summary>
    public long Version { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
}
