namespace Rectify.Units.Model;

/// <summary>A department inside a unit (科室/股室/部室), e.g. 办公室, 财务股.</summary>
public sealed class Department
{
    public Guid Id { get; set; }
    public Guid UnitId { get; set; }
    public required string Name { get; set; }
    public long Version { get; set; }
}
