using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Rectify.Units.Model;

namespace Rectify.Units.Infrastructure;

internal sealed class UnitConfiguration : IEntityTypeConfiguration<Unit>
{
    public void Configure(EntityTypeBuilder<Unit> builder)
    {
        builder.ToTable("units");
        builder.HasKey(u => u.Id);
        builder.Property(u => u.Name).HasMaxLength(200);
        // Registering the same unit twice is a 409, decided by the index rather than a check-then-insert.
        builder.HasIndex(u => u.Name).IsUnique();
        builder.Property(u => u.ShortName).HasMaxLength(100);
        builder.Property(u => u.Kind).HasMaxLength(20);
        builder.Property(u => u.Version).IsConcurrencyToken();
    }
}
