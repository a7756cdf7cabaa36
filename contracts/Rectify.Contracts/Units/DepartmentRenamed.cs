namespace Rectify.Contracts.Units;

/// <summary>A department's name changed.</summary>
public sealed record DepartmentRenamed(EventMeta Meta, Guid DepartmentId, Guid UnitId, string Name) : IIntegrationEvent
{
    public string AggregateKey => $"department:{DepartmentId}";
}
