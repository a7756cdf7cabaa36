using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Rectify.ServiceDefaults.Time;

/// <summary>
/// A service's copy of one calendar day an administrator changed (from <c>CalendarDayChanged</c>), laid
/// over the built-in State Council data. <see cref="IsWorkingDay"/> null: the day is back to the plain week.
/// </summary>
public sealed class CalendarOverride
{
    public DateOnly Date { get; set; }
    public bool? IsWorkingDay { get; set; }
    public string? Name { get; set; }
    /// <summary>The edit's version (ticks); an older edit that arrives late is ignored.</summary>
    public long Version { get; set; }
}

public sealed class CalendarOverrideConfiguration : IEntityTypeConfiguration<CalendarOverride>
{
    public void Configure(EntityTypeBuilder<CalendarOverride> builder)
    {
        builder.ToTable("calendar_overrides");
        builder.HasKey(d => d.Date);
        builder.Property(d => d.Name).HasMaxLength(100);
    }
}
