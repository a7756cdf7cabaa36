using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Rectify.Findings.Model;

namespace Rectify.Findings.Infrastructure;

internal sealed class RecommendationConfiguration : IEntityTypeConfiguration<Recommendation>
{
    public void Configure(EntityTypeBuilder<Recommendation> builder)
    {
        builder.ToTable("recommendations");
        builder.HasKey(r => r.Id);
        builder.HasOne<Inspection>().WithMany().HasForeignKey(r => r.InspectionId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(r => r.InspectionId);
        builder.Property(r => r.Text).HasMaxLength(4000);
    }
}

internal sealed class ClueConfiguration : IEntityTypeConfiguration<Clue>
{
    public void Configure(EntityTypeBuilder<Clue> builder)
    {
        builder.ToTable("clues");
        builder.HasKey(c => c.Id);
        builder.HasOne<Inspection>().WithMany().HasForeignKey(c => c.InspectionId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(c => c.InspectionId);
        builder.Property(c => c.Summary).HasMaxLength(4000);
        builder.Property(c => c.HandedTo).HasMaxLength(100);
        builder.Property(c => c.Status).HasMaxLength(20);
        builder.Property(c => c.Outcome).HasMaxLength(4000);
        builder.Property(c => c.Version).IsConcurrencyToken();
    }
}

internal sealed class DueDatePolicyConfiguration : IEntityTypeConfiguration<DueDatePolicy>
{
    public void Configure(EntityTypeBuilder<DueDatePolicy> builder)
    {
        builder.ToTable("due_date_policies");
        builder.HasKey(p => p.JurisdictionPath);
        builder.Property(p => p.JurisdictionPath).HasMaxLength(400);
        builder.Property(p => p.Version).IsConcurrencyToken();
    }
}

internal sealed class NoticeImportConfiguration : IEntityTypeConfiguration<NoticeImport>
{
    public void Configure(EntityTypeBuilder<NoticeImport> builder)
    {
        builder.ToTable("notice_imports");
        builder.HasKey(i => i.Id);
        builder.HasIndex(i => i.CreatedAt);
        builder.Property(i => i.Source).HasMaxLength(260);
        builder.Property(i => i.CreatedBy).HasMaxLength(100);
        builder.Property(i => i.Version).IsConcurrencyToken();
    }
}
