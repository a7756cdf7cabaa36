using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Rectify.ServiceDefaults.Replicas;

/// <summary>
/// A service's own copy of a unit's names and place in the jurisdiction tree, fed by unit events,
/// so it can show and scope data without calling the units service.
/// </summary>
public sealed class UnitReplica
{
    public Guid UnitId { get; set; }
    public required string Name { get; set; }
    public required string ShortName { get; set; }
    public required string Kind { get; set; }
    public Guid JurisdictionId { get; set; }
    /// <summary>"/root/…/own/": a prefix match finds every unit in a subtree.</summary>
    public required string JurisdictionPath { get; set; }
    /// <summary>The unit's version this copy reflects; older updates are ignored.</summary>
    public long Version { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
}

public sealed class UnitReplicaConfiguration : IEntityTypeConfiguration<UnitReplica>
{
    public void Configure(EntityTypeBuilder<UnitReplica> builder)
    {
        builder.ToTable("unit_replicas");
        builder.HasKey(u => u.UnitId);
        builder.Property(u => u.Name).HasMaxLength(200);
        builder.Property(u => u.ShortName).HasMaxLength(100);
        builder.Property(u => u.Kind).HasMaxLength(20);
        builder.Property(u => u.JurisdictionPath).HasMaxLength(400);
        builder.HasIndex(u => u.JurisdictionPath);
    }
}
