using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Rectify.Units.Identity;

internal sealed class AccountConfiguration : IEntityTypeConfiguration<Account>
{
    public void Configure(EntityTypeBuilder<Account> builder)
    {
        builder.ToTable("accounts");
        builder.HasKey(a => a.Id);
        builder.HasIndex(a => a.UserName).IsUnique();
        builder.HasIndex(a => a.PersonId);
        builder.Property(a => a.UserName).HasMaxLength(100);
        builder.Property(a => a.DisplayName).HasMaxLength(100);
        builder.Property(a => a.PasswordHash).HasMaxLength(500);
        builder.Property(a => a.Version).IsConcurrencyToken();
        builder.HasMany(a => a.Grants).WithOne().HasForeignKey(g => g.AccountId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class RoleGrantConfiguration : IEntityTypeConfiguration<RoleGrant>
{
    public void Configure(EntityTypeBuilder<RoleGrant> builder)
    {
        builder.ToTable("role_grants");
        builder.HasKey(g => g.Id);
        builder.Property(g => g.Role).HasMaxLength(50);
        builder.Property(g => g.JurisdictionPath).HasMaxLength(400);
        builder.HasIndex(g => new { g.AccountId, g.Role, g.UnitId, g.JurisdictionId }).IsUnique();
        builder.HasIndex(g => g.UnitId);
    }
}

internal sealed class SignInThrottleConfiguration : IEntityTypeConfiguration<SignInThrottle>
{
    public void Configure(EntityTypeBuilder<SignInThrottle> builder)
    {
        builder.ToTable("sign_in_throttles");
        builder.HasKey(t => new { t.AccountId, t.Client });
        builder.Property(t => t.Client).HasMaxLength(64);
        builder.HasOne<Account>().WithMany().HasForeignKey(t => t.AccountId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class GrantAuditConfiguration : IEntityTypeConfiguration<GrantAuditEntry>
{
    public void Configure(EntityTypeBuilder<GrantAuditEntry> builder)
    {
        builder.ToTable("grant_audit");
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Action).HasMaxLength(20);
        builder.Property(e => e.Role).HasMaxLength(50);
        builder.HasIndex(e => e.AccountId);
    }
}
