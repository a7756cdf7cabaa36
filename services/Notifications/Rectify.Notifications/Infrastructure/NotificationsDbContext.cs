using Microsoft.EntityFrameworkCore;
using Rectify.Notifications.Model;
using Rectify.ServiceDefaults.Data;
using Rectify.ServiceDefaults.Replicas;

namespace Rectify.Notifications.Infrastructure;

public class NotificationsDbContext(DbContextOptions options) : ServiceDbContext(options)
{
    public override string Schema => NotificationsModule.Name;
    public DbSet<UnitReplica> Units => Set<UnitReplica>();
    public DbSet<PersonReplica> People => Set<PersonReplica>();
    public DbSet<RoleGrantReplica> Grants => Set<RoleGrantReplica>();
    public DbSet<TrackedDeadline> Deadlines => Set<TrackedDeadline>();
    public DbSet<Schedule> Schedules => Set<Schedule>();
    public DbSet<Delivery> Deliveries => Set<Delivery>();
    public DbSet<DigestText> DigestTexts => Set<DigestText>();
    public DbSet<InboxItem> Inbox => Set<InboxItem>();
    public DbSet<Preference> Preferences => Set<Preference>();
    public DbSet<Webhook> Webhooks => Set<Webhook>();
    public DbSet<CalendarDay> CalendarDays => Set<CalendarDay>();
    public DbSet<CalendarYear> CalendarYears => Set<CalendarYear>();
    public DbSet<CalendarRemoval> CalendarRemovals => Set<CalendarRemoval>();
    public DbSet<RulePolicy> RulePolicies => Set<RulePolicy>();
    public DbSet<ReplanRequest> ReplanRequests => Set<ReplanRequest>();
    public DbSet<FirstResponsibleSetting> FirstResponsible => Set<FirstResponsibleSetting>();
    public DbSet<ReportObligation> ReportObligations => Set<ReportObligation>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);
        modelBuilder.AddUnitReplicas();
    }
}

/// <summary>The SQLite flavour; exists so its migrations live apart from SQL Server's.</summary>
public sealed class NotificationsSqliteDbContext(DbContextOptions<NotificationsSqliteDbContext> options) : NotificationsDbContext(options);

public sealed class NotificationsSqlServerDbContext(DbContextOptions<NotificationsSqlServerDbContext> options) : NotificationsDbContext(options);

internal sealed class NotificationsSqliteDesignTimeFactory : SqliteDesignTimeFactory<NotificationsSqliteDbContext>;

internal sealed class NotificationsSqlServerDesignTimeFactory : SqlServerDesignTimeFactory<NotificationsSqlServerDbContext>;
