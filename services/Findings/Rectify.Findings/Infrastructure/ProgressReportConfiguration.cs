using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Rectify.Findings.Model;

namespace Rectify.Findings.Infrastructure;

internal sealed class ProgressReportObligationConfiguration : IEntityTypeConfiguration<ProgressReportObligation>
{
    public void Configure(EntityTypeBuilder<ProgressReportObligation> builder)
    {
        builder.ToTable("progress_report_obligations");
        builder.HasKey(o => o.InspectionId);
        builder.HasOne<Inspection>().WithOne().HasForeignKey<ProgressReportObligation>(o => o.InspectionId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(o => o.IntervalUnit).HasMaxLength(10);
    }
}

internal sealed class ProgressReportConfiguration : IEntityTypeConfiguration<ProgressReport>
{
    public void Configure(EntityTypeBuilder<ProgressReport> builder)
    {
        builder.ToTable("progress_reports");
        builder.HasKey(r => r.Id);
        builder.HasOne<Inspection>().WithMany().HasForeignKey(r => r.InspectionId).OnDelete(DeleteBehavior.Restrict);
        // One report per period: a second submission for the same due date is refused.
        builder.HasIndex(r => new { r.InspectionId, r.PeriodDue }).IsUnique();
        builder.Property(r => r.Summary).HasMaxLength(2000);
        builder.Property(r => r.SubmittedBy).HasMaxLength(200);
    }
}
