using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Rectify.Reporting.Model;

namespace Rectify.Reporting.Infrastructure;

internal sealed class ReportObligationConfiguration : IEntityTypeConfiguration<ReportObligation>
{
    public void Configure(EntityTypeBuilder<ReportObligation> b)
    {
        b.ToTable("report_obligations");
        b.HasKey(o => o.InspectionId);
        b.Property(o => o.IntervalUnit).HasMaxLength(10);
        b.HasIndex(o => o.UnitId);
    }
}

internal sealed class ReportedPeriodConfiguration : IEntityTypeConfiguration<ReportedPeriod>
{
    public void Configure(EntityTypeBuilder<ReportedPeriod> b)
    {
        b.ToTable("reported_periods");
        b.HasKey(p => new { p.InspectionId, p.PeriodDue });
    }
}
