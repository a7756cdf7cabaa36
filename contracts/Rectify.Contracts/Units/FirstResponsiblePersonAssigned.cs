namespace Rectify.Contracts.Units;

/// <summary>
/// A unit's first responsible person (第一责任人, usually its party secretary, head of the rectification
/// leading group) was set, changed or cleared (<c>PersonId</c> null). <c>Meta.Version</c> is the unit's
/// version, shared with UnitRegistered/UnitUpdated; a consumer keeps its own last-applied version for it.
/// </summary>
public sealed record FirstResponsiblePersonAssigned(EventMeta Meta, Guid UnitId, Guid? PersonId) : IIntegrationEvent
{
    public string AggregateKey => $"unit:{UnitId}";
}
