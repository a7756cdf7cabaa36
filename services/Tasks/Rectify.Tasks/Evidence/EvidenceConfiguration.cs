using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Rectify.Tasks.Model;

namespace Rectify.Tasks.Evidence;

internal sealed class EvidenceFileConfiguration : IEntityTypeConfiguration<EvidenceFile>
{
    public void Configure(EntityTypeBuilder<EvidenceFile> builder)
    {
        builder.ToTable("evidence_files");
        builder.HasKey(e => e.Id);
        builder.HasOne<RectificationTask>().WithMany().HasForeignKey(e => e.TaskId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<ProgressEntry>().WithMany().HasForeignKey(e => e.ProgressEntryId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(e => e.TaskId);
        // Reuse across tasks is looked up by hash on every upload.
        builder.HasIndex(e => e.Sha256);
        builder.Property(e => e.FileName).HasMaxLength(200);
        builder.Property(e => e.Type).HasMaxLength(10);
        builder.Property(e => e.ContentType).HasMaxLength(100);
        builder.Property(e => e.Sha256).HasMaxLength(64).IsFixedLength();
        builder.Property(e => e.Note).HasMaxLength(1000);
        builder.Property(e => e.UploadedBy).HasMaxLength(100);
        builder.Property(e => e.UploadedByName).HasMaxLength(100);
        builder.Property(e => e.RemovedBy).HasMaxLength(100);
        builder.Property(e => e.RemovedByName).HasMaxLength(100);
        builder.Property(e => e.RemovalReason).HasMaxLength(1000);
        builder.Ignore(e => e.IsRemoved);
    }
}

internal sealed class CloseOutEvidenceConfiguration : IEntityTypeConfiguration<CloseOutEvidence>
{
    public void Configure(EntityTypeBuilder<CloseOutEvidence> builder)
    {
        builder.ToTable("close_out_evidence");
        builder.HasKey(e => new { e.RequestId, e.EvidenceId });
        builder.HasOne<CloseOutRequest>().WithMany().HasForeignKey(e => e.RequestId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<EvidenceFile>().WithMany().HasForeignKey(e => e.EvidenceId).OnDelete(DeleteBehavior.Restrict);
    }
}
