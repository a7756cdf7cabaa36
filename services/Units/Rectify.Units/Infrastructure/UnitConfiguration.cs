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
        builder.Property(u => u.JurisdictionPath).HasMaxLength(400);
        builder.HasIndex(u => u.JurisdictionPath);
        builder.HasOne<Jurisdiction>().WithMany().HasForeignKey(u => u.JurisdictionId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(u => u.ContactPhone).HasMaxLength(50);
        builder.Property(u => u.ContactEmail).HasMaxLength(200);
        builder.Property(u => u.ContactAddress).HasMaxLength(300);
        builder.Property(u => u.Version).IsConcurrencyToken();
        builder.Ignore(u => u.Contact);
    }
}

internal sealed class JurisdictionConfiguration : IEntityTypeConfiguration<Jurisdiction>
{
    public void Configure(EntityTypeBuilder<Jurisdiction> builder)
    {
        builder.ToTable("jurisdictions");
        builder.HasKey(j => j.Id);
        builder.Property(j => j.Name).HasMaxLength(100);
        builder.Property(j => j.Level).HasMaxLength(20);
        builder.Property(j => j.Path).HasMaxLength(400);
        builder.HasIndex(j => j.Path).IsUnique();
        builder.HasIndex(j => new { j.ParentId, j.Name }).IsUnique();
        builder.Property(j => j.Committee).HasMaxLength(100);
        builder.Property(j => j.InspectionOffice).HasMaxLength(200);
        builder.Property(j => j.Version).IsConcurrencyToken();
    }
}

internal sealed class DepartmentConfiguration : IEntityTypeConfiguration<Department>
{
    public void Configure(EntityTypeBuilder<Department> builder)
    {
        builder.ToTable("departments");
        builder.HasKey(d => d.Id);
        builder.Property(d => d.Name).HasMaxLength(100);
        builder.HasIndex(d => new { d.UnitId, d.Name }).IsUnique();
        builder.HasOne<Unit>().WithMany().HasForeignKey(d => d.UnitId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(d => d.Version).IsConcurrencyToken();
    }
}

internal sealed class PersonConfiguration : IEntityTypeConfiguration<Person>
{
    public void Configure(EntityTypeBuilder<Person> builder)
    {
        builder.ToTable("people");
        builder.HasKey(p => p.Id);
        builder.Property(p => p.Name).HasMaxLength(50);
        builder.Property(p => p.Position).HasMaxLength(100);
        builder.Property(p => p.Email).HasMaxLength(200);
        builder.Property(p => p.Mobile).HasMaxLength(30);
        builder.Property(p => p.DingTalkUserId).HasMaxLength(100);
        builder.Property(p => p.WeComUserId).HasMaxLength(100);
        builder.HasIndex(p => new { p.UnitId, p.Name });
        builder.HasOne<Unit>().WithMany().HasForeignKey(p => p.UnitId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Department>().WithMany().HasForeignKey(p => p.DepartmentId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(p => p.Version).IsConcurrencyToken();
        builder.Ignore(p => p.Channels);
    }
}
