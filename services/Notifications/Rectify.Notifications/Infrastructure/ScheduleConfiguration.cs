using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Rectify.Notifications.Model;

namespace Rectify.Notifications.Infrastructure;

internal sealed class ScheduleConfiguration : IEntityTypeConfiguration<Schedule>
{
    public void Configure(EntityTypeBuilder<Schedule> builder)
    {
        builder.ToTable("schedules");
        builder.HasKey(s => s.Id);
        // Exactly once: one row per (subject, rule, deadline version, recipient), whatever races.
        builder.HasIndex(s => new { s.SubjectKind, s.SubjectId, s.Rule, s.DeadlineVersion, s.RecipientId }).IsUnique();
        // The sweeper's query: pending rows due by now, oldest first.
        builder.HasIndex(s => new { s.State, s.DueAt });
        builder.HasIndex(s => new { s.UnitId, s.State, s.DueAt });
        builder.HasIndex(s => s.InspectionId);
        builder.Property(s => s.SubjectKind).HasMaxLength(30);
        builder.Property(s => s.Rule).HasMaxLength(30);
        builder.Property(s => s.Tier).HasMaxLength(30);
        builder.Property(s => s.State).HasMaxLength(20).IsConcurrencyToken();
        builder.Property(s => s.ClaimedBy).HasMaxLength(200);
    }
}

internal sealed class DigestTextConfiguration : IEntityTypeConfiguration<DigestText>
{
    public void Configure(EntityTypeBuilder<DigestText> builder)
    {
        builder.ToTable("digest_texts");
        builder.HasKey(t => t.ScheduleId);
        builder.Property(t => t.ScheduleId).ValueGeneratedNever();
        builder.Property(t => t.Title).HasMaxLength(400);
    }
}

internal sealed class DeliveryConfiguration : IEntityTypeConfiguration<Delivery>
{
    public void Configure(EntityTypeBuilder<Delivery> builder)
    {
        builder.ToTable("deliveries");
        builder.HasKey(d => d.Id);
        builder.HasOne<Schedule>().WithMany().HasForeignKey(d => d.ScheduleId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(d => new { d.ScheduleId, d.Channel, d.Target }).IsUnique();
        builder.HasIndex(d => new { d.UnitId, d.CreatedAt });
        builder.Property(d => d.Channel).HasMaxLength(20);
        builder.Property(d => d.Target).HasMaxLength(320);
        builder.Property(d => d.State).HasMaxLength(20);
        builder.Property(d => d.LastError).HasMaxLength(2000);
    }
}

internal sealed class TrackedDeadlineConfiguration : IEntityTypeConfiguration<TrackedDeadline>
{
    public void Configure(EntityTypeBuilder<TrackedDeadline> builder)
    {
        builder.ToTable("deadlines");
        builder.HasKey(d => new { d.SubjectKind, d.SubjectId });
        builder.HasIndex(d => d.UnitId);
        builder.HasIndex(d => d.InspectionId);
        builder.HasIndex(d => new { d.Closed, d.ReplannedFor });
        builder.Property(d => d.SubjectKind).HasMaxLength(30);
        builder.Property(d => d.Title).HasMaxLength(400);
        builder.Property(d => d.ResponsibleIds).HasMaxLength(2000);
        builder.Property(d => d.LeaderIds).HasMaxLength(2000);
    }
}

internal sealed class InboxItemConfiguration : IEntityTypeConfiguration<InboxItem>
{
    public void Configure(EntityTypeBuilder<InboxItem> builder)
    {
        builder.ToTable("inbox_items");
        builder.HasKey(i => i.Id);
        builder.HasIndex(i => i.ScheduleId).IsUnique();
        builder.HasIndex(i => new { i.PersonId, i.ReadAt, i.CreatedAt });
        builder.Property(i => i.SubjectKind).HasMaxLength(30);
        builder.Property(i => i.Title).HasMaxLength(400);
        builder.Property(i => i.Body).HasMaxLength(4000);
    }
}

internal sealed class ReplanRequestConfiguration : IEntityTypeConfiguration<ReplanRequest>
{
    public void Configure(EntityTypeBuilder<ReplanRequest> builder)
    {
        builder.ToTable("replan_requests");
        builder.HasIndex(r => r.CompletedAt);
        builder.Property(r => r.JurisdictionPath).HasMaxLength(400);
        builder.Property(r => r.Reason).HasMaxLength(20);
        builder.Property(r => r.RequestedBy).HasMaxLength(200);
        builder.Property(r => r.ClaimedBy).HasMaxLength(200);
    }
}
