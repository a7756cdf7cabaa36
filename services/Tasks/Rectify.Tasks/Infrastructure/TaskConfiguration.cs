using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Rectify.Tasks.Model;

namespace Rectify.Tasks.Infrastructure;

internal sealed class TaskConfiguration : IEntityTypeConfiguration<RectificationTask>
{
    public void Configure(EntityTypeBuilder<RectificationTask> builder)
    {
        builder.ToTable("tasks");
        builder.HasKey(t => t.Id);
        // No foreign key to the unit replica: an imported task may arrive before its unit's event does.
        builder.HasIndex(t => t.UnitId);
        builder.HasIndex(t => t.InspectionId);
        builder.HasIndex(t => t.FindingId);
        builder.HasIndex(t => t.ResponsiblePersonId);
        builder.HasIndex(t => t.ResponsibleLeaderId);
        // One task per finding and import: a redelivered FindingProgressImported cannot make a second.
        builder.HasIndex(t => new { t.ImportId, t.FindingId }).IsUnique();
        builder.Property(t => t.Measures).HasMaxLength(4000);
        builder.Property(t => t.Kind).HasMaxLength(20);
        builder.Property(t => t.State).HasMaxLength(30);
        builder.Property(t => t.ResponsibleLeader).HasMaxLength(200);
        builder.Property(t => t.ResponsibleDepartment).HasMaxLength(200);
        builder.Property(t => t.ResponsiblePerson).HasMaxLength(100);
        builder.Property(t => t.DeadlineText).HasMaxLength(100);
        builder.Property(t => t.ReturnReason).HasMaxLength(1000);
        builder.Property(t => t.Version).IsConcurrencyToken();
        builder.Ignore(t => t.IsClosed);
    }
}

internal sealed class ProgressEntryConfiguration : IEntityTypeConfiguration<ProgressEntry>
{
    public void Configure(EntityTypeBuilder<ProgressEntry> builder)
    {
        builder.ToTable("progress_entries");
        builder.HasKey(p => p.Id);
        builder.HasOne<RectificationTask>().WithMany().HasForeignKey(p => p.TaskId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(p => new { p.TaskId, p.Position }).IsUnique();
        builder.Property(p => p.Narrative).HasMaxLength(8000);
        builder.Property(p => p.Actor).HasMaxLength(100);
        builder.Property(p => p.ActorName).HasMaxLength(100);
    }
}

internal sealed class OutcomeConfiguration : IEntityTypeConfiguration<Outcome>
{
    public void Configure(EntityTypeBuilder<Outcome> builder)
    {
        builder.ToTable("outcomes");
        builder.HasKey(o => o.Id);
        builder.HasOne<RectificationTask>().WithMany().HasForeignKey(o => o.TaskId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(o => o.Kind).HasMaxLength(30);
        builder.Property(o => o.Title).HasMaxLength(300);
        builder.Property(o => o.TalkKind).HasMaxLength(30);
        builder.Property(o => o.Amount).HasPrecision(18, 2);
        builder.Property(o => o.Actor).HasMaxLength(100);
    }
}

internal sealed class DeadlineRevisionConfiguration : IEntityTypeConfiguration<DeadlineRevision>
{
    public void Configure(EntityTypeBuilder<DeadlineRevision> builder)
    {
        builder.ToTable("deadline_revisions");
        builder.HasKey(r => r.Id);
        builder.HasOne<RectificationTask>().WithMany().HasForeignKey(r => r.TaskId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(r => new { r.TaskId, r.Version }).IsUnique();
        builder.Property(r => r.Reason).HasMaxLength(1000);
        builder.Property(r => r.RequestedBy).HasMaxLength(100);
        builder.Property(r => r.RequestedByName).HasMaxLength(100);
        builder.Property(r => r.ApprovedBy).HasMaxLength(100);
        builder.Property(r => r.ApprovedByName).HasMaxLength(100);
    }
}

internal sealed class ExtensionRequestConfiguration : IEntityTypeConfiguration<ExtensionRequest>
{
    public void Configure(EntityTypeBuilder<ExtensionRequest> builder)
    {
        builder.ToTable("extension_requests");
        builder.HasKey(r => r.Id);
        builder.HasOne<RectificationTask>().WithMany().HasForeignKey(r => r.TaskId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(r => r.TaskId);
        builder.Property(r => r.Reason).HasMaxLength(1000);
        builder.Property(r => r.Status).HasMaxLength(20);
        builder.Property(r => r.RequestedBy).HasMaxLength(100);
        builder.Property(r => r.RequestedByName).HasMaxLength(100);
        builder.Property(r => r.DecidedBy).HasMaxLength(100);
        builder.Property(r => r.DecidedByName).HasMaxLength(100);
        builder.Property(r => r.DecisionReason).HasMaxLength(1000);
    }
}

internal sealed class CloseOutRequestConfiguration : IEntityTypeConfiguration<CloseOutRequest>
{
    public void Configure(EntityTypeBuilder<CloseOutRequest> builder)
    {
        builder.ToTable("close_out_requests");
        builder.HasKey(r => r.Id);
        builder.HasOne<RectificationTask>().WithMany().HasForeignKey(r => r.TaskId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(r => r.TaskId);
        builder.Property(r => r.Note).HasMaxLength(2000);
        builder.Property(r => r.Status).HasMaxLength(20);
        builder.Property(r => r.RequestedBy).HasMaxLength(100);
        builder.Property(r => r.RequestedByName).HasMaxLength(100);
    }
}

internal sealed class CloseOutReviewConfiguration : IEntityTypeConfiguration<CloseOutReview>
{
    public void Configure(EntityTypeBuilder<CloseOutReview> builder)
    {
        builder.ToTable("close_out_reviews");
        builder.HasKey(r => r.Id);
        builder.HasOne<CloseOutRequest>().WithMany().HasForeignKey(r => r.RequestId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(r => r.TaskId);
        builder.Property(r => r.Reason).HasMaxLength(1000);
        builder.Property(r => r.Reviewer).HasMaxLength(100);
        builder.Property(r => r.ReviewerName).HasMaxLength(100);
    }
}

internal sealed class AuditEntryConfiguration : IEntityTypeConfiguration<AuditEntry>
{
    public void Configure(EntityTypeBuilder<AuditEntry> builder)
    {
        builder.ToTable("audit_entries");
        builder.HasKey(a => a.Id);
        builder.HasIndex(a => a.TaskId);
        builder.HasIndex(a => a.InspectionId);
        builder.Property(a => a.Action).HasMaxLength(40);
        builder.Property(a => a.Field).HasMaxLength(40);
        builder.Property(a => a.From).HasMaxLength(4000);
        builder.Property(a => a.To).HasMaxLength(4000);
        builder.Property(a => a.Note).HasMaxLength(2000);
        builder.Property(a => a.Actor).HasMaxLength(100);
        builder.Property(a => a.ActorName).HasMaxLength(100);
    }
}
