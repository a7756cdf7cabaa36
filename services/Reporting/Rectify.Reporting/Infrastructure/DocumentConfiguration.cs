using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Rectify.Reporting.Model;

namespace Rectify.Reporting.Infrastructure;

internal sealed class ProgressNoticeConfiguration : IEntityTypeConfiguration<ProgressNotice>
{
    public void Configure(EntityTypeBuilder<ProgressNotice> b)
    {
        b.ToTable("notices");
        b.HasKey(n => n.Id);
        b.Property(n => n.Status).HasMaxLength(20);
        b.Property(n => n.JurisdictionPath).HasMaxLength(400);
        b.Property(n => n.Title).HasMaxLength(300);
        b.Property(n => n.Version).IsConcurrencyToken();
        b.HasIndex(n => new { n.Status, n.PublishedAt });
        b.HasIndex(n => n.InspectionId);
    }
}

internal sealed class PeriodSnapshotConfiguration : IEntityTypeConfiguration<PeriodSnapshot>
{
    public void Configure(EntityTypeBuilder<PeriodSnapshot> b)
    {
        b.ToTable("snapshots");
        b.HasKey(s => s.Id);
        b.Property(s => s.Label).HasMaxLength(100);
        b.Property(s => s.JurisdictionPath).HasMaxLength(400);
        b.Property(s => s.TakenBy).HasMaxLength(100);
    }
}

internal sealed class SnapshotItemConfiguration : IEntityTypeConfiguration<SnapshotItem>
{
    public void Configure(EntityTypeBuilder<SnapshotItem> b)
    {
        b.ToTable("snapshot_items");
        b.HasKey(i => new { i.SnapshotId, i.TaskId });
        b.Property(i => i.State).HasMaxLength(30);
        b.Property(i => i.Figures).HasMaxLength(300);
        b.HasIndex(i => new { i.SnapshotId, i.UnitId });
    }
}
