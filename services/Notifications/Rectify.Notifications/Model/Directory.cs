namespace Rectify.Notifications.Model;

/// <summary>A person of a unit's directory (通讯录) as the units service announced them: who to remind and how.</summary>
public sealed class PersonReplica
{
    public Guid PersonId { get; set; }
    public Guid UnitId { get; set; }
    public required string Name { get; set; }
    public required string Position { get; set; }
    public string? Email { get; set; }
    public string? Mobile { get; set; }
    public string? DingTalkUserId { get; set; }
    public string? WeComUserId { get; set; }
    public long Version { get; set; }

    /// <summary>
    /// The unit's first responsible person (第一责任人) is its party secretary; the directory has no role for
    /// it, so the position says so (书记, not 副书记).
    /// </summary>
    public bool IsFirstResponsible => Position.Contains("书记") && !Position.Contains("副书记");
}

/// <summary>A role an account holds, as announced by RoleGranted / RoleRevoked: finds coordinators and the inspection office.</summary>
public sealed class RoleGrantReplica
{
    public required string Key { get; set; }
    public Guid AccountId { get; set; }
    public Guid? PersonId { get; set; }
    public required string Role { get; set; }
    public Guid? UnitId { get; set; }
    public Guid? JurisdictionId { get; set; }

    public static string KeyOf(Guid account, string role, Guid? unit, Guid? jurisdiction) => $"{account:N}|{role}|{unit:N}|{jurisdiction:N}";
}
