using Rectify.Contracts.Units;

namespace Rectify.Units.Model;

/// <summary>A person in a unit's directory (通讯录): name, position, department and how to reach them.</summary>
public sealed class Person
{
    public Guid Id { get; set; }
    public Guid UnitId { get; set; }
    public Guid? DepartmentId { get; set; }
    public required string Name { get; set; }
    /// <summary>As written, e.g. 党组书记、局长; 副局长; 科长.</summary>
    public required string Position { get; set; }
    public string? Email { get; set; }
    public string? Mobile { get; set; }
    public string? DingTalkUserId { get; set; }
    public string? WeComUserId { get; set; }
    public long Version { get; set; }

    public ContactChannels Channels => new(Email, Mobile, DingTalkUserId, WeComUserId);
}
