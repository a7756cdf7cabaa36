using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Rectify.Reporting.Rebuild;

internal sealed class RebuildRunConfiguration : IEntityTypeConfiguration<RebuildRun>
{
    public void Configure(EntityTypeBuilder<RebuildRun> b)
    {
        b.ToTable("rebuild_runs");
        b.HasKey(r => r.Id);
        b.Property(r => r.RequestedBy).HasMaxLength(100);
        b.HasMany(r => r.Services).WithOne().HasForeignKey(p => p.RunId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class RebuildProgressConfiguration : IEntityTypeConfiguration<RebuildProgress>
{
    public void Configure(EntityTypeBuilder<RebuildProgress> b)
    {
        b.ToTable("rebuild_progress");
        b.HasKey(p => new { p.RunId, p.Service });
        b.Property(p => p.Service).HasMaxLength(50);
    }
}
