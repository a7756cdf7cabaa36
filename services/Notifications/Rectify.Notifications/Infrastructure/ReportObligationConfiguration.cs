using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Rectify.Notifications.Model;

namespace Rectify.Notifications.Infrastructure;

internal sealed class ReportObligationConfiguration : IEntityTypeConfiguration<ReportObligation>
{
    public void Configure(EntityTypeBuilder<ReportObligation> builder)
    {
        builder.ToTable("report_obligations");
        builder.HasKey(o => o.InspectionId);
        builder.Property(o => o.IntervalUnit).HasMaxLength(10);
        builder.Ignore(o => o.Reported);
    }
}
