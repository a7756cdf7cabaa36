using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Rectify.Notifications.Model;

namespace Rectify.Notifications.Infrastructure;

internal sealed class FirstResponsibleSettingConfiguration : IEntityTypeConfiguration<FirstResponsibleSetting>
{
    public void Configure(EntityTypeBuilder<FirstResponsibleSetting> builder)
    {
        builder.ToTable("first_responsible");
        builder.HasKey(f => f.UnitId);
        builder.Property(f => f.UnitId).ValueGeneratedNever();
    }
}
