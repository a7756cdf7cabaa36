using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Rectify.Notifications.Model;

namespace Rectify.Notifications.Infrastructure;

internal sealed class PersonReplicaConfiguration : IEntityTypeConfiguration<PersonReplica>
{
    public void Configure(EntityTypeBuilder<PersonReplica> builder)
    {
        builder.ToTable("people");
        builder.HasKey(p => p.PersonId);
        builder.HasIndex(p => p.UnitId);
        builder.Property(p => p.Name).HasMaxLength(100);
        builder.Property(p => p.Position).HasMaxLength(100);
        builder.Property(p => p.Email).HasMaxLength(320);
        builder.Property(p => p.Mobile).HasMaxLength(40);
        builder.Property(p => p.DingTalkUserId).HasMaxLength(100);
        builder.Property(p => p.WeComUserId).HasMaxLength(100);
    }
}

internal sealed class RoleGrantReplicaConfiguration : IEntityTypeConfiguration<RoleGrantReplica>
{
    public void Configure(EntityTypeBuilder<RoleGrantReplica> builder)
    {
        builder.ToTable("role_grants");
        builder.HasKey(g => g.Key);
        builder.HasIndex(g => new { g.Role, g.UnitId });
        builder.HasIndex(g => new { g.Role, g.JurisdictionId });
        builder.Property(g => g.Key).HasMaxLength(200);
        builder.Property(g => g.Role).HasMaxLength(40);
    }
}

internal sealed class PreferenceConfiguration : IEntityTypeConfiguration<Preference>
{
    public void Configure(EntityTypeBuilder<Preference> builder)
    {
        builder.ToTable("preferences");
        builder.HasKey(p => p.PersonId);
        builder.Property(p => p.Version).IsConcurrencyToken();
    }
}

internal sealed class WebhookConfiguration : IEntityTypeConfiguration<Webhook>
{
    public void Configure(EntityTypeBuilder<Webhook> builder)
    {
        builder.ToTable("webhooks");
        builder.HasKey(w => w.Id);
        builder.HasIndex(w => w.UnitId);
        builder.Property(w => w.Name).HasMaxLength(100);
        builder.Property(w => w.Kind).HasMaxLength(20);
        builder.Property(w => w.Url).HasMaxLength(1000);
        builder.Property(w => w.Secret).HasMaxLength(200);
    }
}

internal sealed class CalendarConfiguration
    : IEntityTypeConfiguration<CalendarDay>, IEntityTypeConfiguration<CalendarYear>, IEntityTypeConfiguration<CalendarRemoval>, IEntityTypeConfiguration<RulePolicy>
{
    public void Configure(EntityTypeBuilder<CalendarDay> builder)
    {
        builder.ToTable("calendar_days");
        builder.HasKey(d => d.Date);
        builder.Property(d => d.Name).HasMaxLength(100);
        builder.Property(d => d.Source).HasMaxLength(20);
    }

    public void Configure(EntityTypeBuilder<CalendarRemoval> builder)
    {
        builder.ToTable("calendar_removals");
        builder.HasKey(r => r.Date);
    }

    public void Configure(EntityTypeBuilder<CalendarYear> builder)
    {
        builder.ToTable("calendar_years");
        builder.HasKey(y => y.Year);
        builder.Property(y => y.Year).ValueGeneratedNever();
    }

    public void Configure(EntityTypeBuilder<RulePolicy> builder)
    {
        builder.ToTable("rule_policies");
        builder.HasKey(p => p.JurisdictionPath);
        builder.Property(p => p.JurisdictionPath).HasMaxLength(400);
        builder.Property(p => p.Rules).HasMaxLength(4000);
        builder.Property(p => p.Version).IsConcurrencyToken();
    }
}
