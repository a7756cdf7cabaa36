using Rectify.Contracts.Units;

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
    public Guid JurisdictionId { get; set; }
    /// <summary>The jurisdiction's path, kept here so scope filters need no join.</summary>
    public required string JurisdictionPath { get; set; }
    public string? ContactPhone { get; set; }
    public string? ContactEmail { get; set; }
    public string? ContactAddress { get; set; }
    /// <summary>The unit's first responsible person (第一责任人), one of its people; null until someone sets it.</summary>
    public Guid? FirstResponsiblePersonId { get; set; }
    /// <summary>Incremented on every change; travels in events so consumers can drop stale updates.</summary>
    public long Version { get; set; }
    public DateTimeOffset CreatedAt { get; set; }

    public ContactLine Contact => new(ContactPhone, ContactEmail, ContactAddress);
}
