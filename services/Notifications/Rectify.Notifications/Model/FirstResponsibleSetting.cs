namespace Rectify.Notifications.Model;

/// <summary>
/// A unit's first responsible person (第一责任人) as the units service set it (FirstResponsiblePersonAssigned).
/// <see cref="PersonId"/> null: cleared, so the position rule applies again (docs/decisions/0009).
/// </summary>
public sealed class FirstResponsibleSetting
{
    public Guid UnitId { get; set; }
    public Guid? PersonId { get; set; }
    /// <summary>The unit version of the last applied event; older ones are ignored.</summary>
    public long Version { get; set; }
}
