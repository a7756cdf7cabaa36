namespace Rectify.Contracts.Units;

/// <summary>A department (科室/股室/部室) was added to a unit.</summary>
public sealed record DepartmentAdded(EventMeta Meta, Guid DepartmentId, Guid UnitId, string Name) : IIntegrationEvent
{
    public string AggregateKey => $"department:{DepartmentId}";
}
