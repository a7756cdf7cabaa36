namespace Rectify.Reporting.Model;

/// <summary>The contact line a unit publishes for public supervision (监督电话、邮箱、地址): the only contact a notice prints.</summary>
public sealed class UnitContact
{
    public Guid UnitId { get; set; }
    public string? Phone { get; set; }
    public string? Email { get; set; }
    public string? Address { get; set; }
    public long Version { get; set; }
}

/// <summary>A directory person's name, kept only so public text can be stripped of it.</summary>
public sealed class PersonName
{
    public Guid PersonId { get; set; }
    public Guid UnitId { get; set; }
    public required string Name { get; set; }
    public long Version { get; set; }
}
