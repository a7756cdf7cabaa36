using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Rectify.Findings.Model;
using Rectify.ServiceDefaults.Replicas;

namespace Rectify.Findings.Infrastructure;

internal sealed class InspectionConfiguration : IEntityTypeConfiguration<Inspection>
{
    public void Configure(EntityTypeBuilder<Inspection> builder)
    {
        builder.ToTable("inspections");
        builder.HasKey(i => i.Id);
        builder.HasOne<UnitReplica>().WithMany().HasForeignKey(i => i.UnitId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(i => i.UnitId);
        builder.Property(i => i.Kind).HasMaxLength(10);
        builder.Property(i => i.Issuer).HasMaxLength(50);
        builder.Property(i => i.Team).HasMaxLength(100);
        builder.Property(i => i.Round).HasMaxLength(100);
        builder.Property(i => i.Type).HasMaxLength(10);
        builder.Property(i => i.Status).HasMaxLength(30);
        builder.Property(i => i.Version).IsConcurrencyToken();
        builder.OwnsOne(i => i.Notice, notice =>
        {
            notice.ToTable("inspection_notice_figures");
            notice.WithOwner().HasForeignKey("InspectionId");
            notice.HasKey("InspectionId");
            notice.Property(n => n.StatedCompletionRate).HasPrecision(9, 2);
            notice.Property(n => n.MoneyYuan).HasPrecision(18, 2);
            notice.Property(n => n.ContactText).HasMaxLength(NoticeFigures.ContactTextMax);
            foreach (var part in new[] { nameof(NoticeFigures.ContactPhone), nameof(NoticeFigures.ContactEmail), nameof(NoticeFigures.ContactAddress), nameof(NoticeFigures.ContactPostcode) })
                notice.Property(part).HasMaxLength(NoticeFigures.ContactPartMax);
        });
        builder.Property(i => i.OfficeReviewedFindingIds)
            .HasConversion(
                ids => string.Join(',', ids),
                text => text.Length == 0 ? new List<Guid>() : text.Split(',', StringSplitOptions.None).Select(Guid.Parse).ToList(),
                new ValueComparer<List<Guid>>((a, b) => a!.SequenceEqual(b!), t => t.Aggregate(0, (h, g) => HashCode.Combine(h, g)), t => t.ToList()));
    }
}

internal sealed class FindingConfiguration : IEntityTypeConfiguration<Finding>
{
    public void Configure(EntityTypeBuilder<Finding> builder)
    {
        builder.ToTable("findings");
        builder.HasKey(f => f.Id);
        builder.HasOne<Inspection>().WithMany().HasForeignKey(f => f.InspectionId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Finding>().WithMany().HasForeignKey(f => f.ParentId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Finding>().WithMany().HasForeignKey(f => f.RecurrenceOfFindingId).OnDelete(DeleteBehavior.Restrict);
        // Ordinals repeat in real notices, so (InspectionId, ParentId, Ordinal) is deliberately not unique.
        builder.HasIndex(f => new { f.InspectionId, f.ParentId });
        builder.Property(f => f.Ordinal).HasMaxLength(20);
        builder.Property(f => f.Title).HasMaxLength(2000);
        builder.Property(f => f.MoneyInvolved).HasPrecision(18, 2);
        builder.Property(f => f.Tags)
            .HasConversion(
                tags => string.Join('\n', tags),
                text => text.Length == 0 ? new List<string>() : text.Split('\n', StringSplitOptions.None).ToList(),
                new ValueComparer<List<string>>((a, b) => a!.SequenceEqual(b!), t => t.Aggregate(0, (h, s) => HashCode.Combine(h, s)), t => t.ToList()))
            .HasMaxLength(1000);
        builder.Property(f => f.Version).IsConcurrencyToken();
    }
}
