using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Rectify.Tasks.Model;

namespace Rectify.Tasks.Infrastructure;

internal sealed class InspectionReplicaConfiguration : IEntityTypeConfiguration<InspectionReplica>
{
    public void Configure(EntityTypeBuilder<InspectionReplica> builder)
    {
        builder.ToTable("inspection_replicas");
        builder.HasKey(i => i.InspectionId);
        builder.HasIndex(i => i.UnitId);
        builder.Property(i => i.Kind).HasMaxLength(10);
        builder.Property(i => i.Issuer).HasMaxLength(50);
        builder.Property(i => i.Team).HasMaxLength(100);
        builder.Property(i => i.Round).HasMaxLength(100);
        builder.Property(i => i.Type).HasMaxLength(10);
        builder.Property(i => i.OfficeReviewedFindingIds)
            .HasConversion(
                ids => string.Join(',', ids),
                text => text.Length == 0 ? new List<Guid>() : text.Split(',', StringSplitOptions.None).Select(Guid.Parse).ToList(),
                new ValueComparer<List<Guid>>((a, b) => a!.SequenceEqual(b!), t => t.Aggregate(0, (h, g) => HashCode.Combine(h, g)), t => t.ToList()));
    }
}

internal sealed class FindingReplicaConfiguration : IEntityTypeConfiguration<FindingReplica>
{
    public void Configure(EntityTypeBuilder<FindingReplica> builder)
    {
        builder.ToTable("finding_replicas");
        builder.HasKey(f => f.FindingId);
        builder.HasIndex(f => f.InspectionId);
        builder.Property(f => f.Ordinal).HasMaxLength(20);
        builder.Property(f => f.Title).HasMaxLength(2000);
        builder.Property(f => f.MoneyInvolved).HasPrecision(18, 2);
        builder.Property(f => f.Tags)
            .HasConversion(
                tags => string.Join('\n', tags),
                text => text.Length == 0 ? new List<string>() : text.Split('\n', StringSplitOptions.None).ToList(),
                new ValueComparer<List<string>>((a, b) => a!.SequenceEqual(b!), t => t.Aggregate(0, (h, s) => HashCode.Combine(h, s)), t => t.ToList()))
            .HasMaxLength(1000);
    }
}

internal sealed class PersonReplicaConfiguration : IEntityTypeConfiguration<PersonReplica>
{
    public void Configure(EntityTypeBuilder<PersonReplica> builder)
    {
        builder.ToTable("person_replicas");
        builder.HasKey(p => p.PersonId);
        builder.HasIndex(p => p.UnitId);
        builder.Property(p => p.Name).HasMaxLength(100);
        builder.Property(p => p.Position).HasMaxLength(100);
    }
}
