using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Rectify.Notifications.Model;
using Rectify.Notifications.Scheduling;
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

    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        // Rules are chosen by the unit's jurisdiction, so a unit copy that moved must have its planned reminders
        // re-planned; staging it here puts the request in the same transaction as the move, whoever saves it.
        foreach (var moved in ChangeTracker.Entries<UnitReplica>().Where(Moved).Select(e => e.Entity).ToList())
            await Replanner.StageUnitMoveAsync(this, moved.UnitId, moved.JurisdictionPath, moved.UpdatedAt, cancellationToken);
        return await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
    }

    private static bool Moved(EntityEntry<UnitReplica> entry)
    {
        if (entry.State != EntityState.Modified)
            return false; // a new copy has nothing planned under another jurisdiction yet
        var path = entry.Property(u => u.JurisdictionPath);
        return path.IsModified && path.OriginalValue is { Length: > 0 } before && before != path.CurrentValue;
    }

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);
        modelBuilder.AddUnitReplicas();
    }
}

/// <summary>The SQLite flavour; each provider has its own type so that its migrations live apart.</summary>
public sealed class NotificationsSqliteDbContext(DbContextOptions<NotificationsSqliteDbContext> options) : NotificationsDbContext(options);

public sealed class NotificationsSqlServerDbContext(DbContextOptions<NotificationsSqlServerDbContext> options) : NotificationsDbContext(options);

public sealed class NotificationsPostgresDbContext(DbContextOptions<NotificationsPostgresDbContext> options) : NotificationsDbContext(options);

internal sealed class NotificationsSqliteDesignTimeFactory : SqliteDesignTimeFactory<NotificationsSqliteDbContext>;

internal sealed class NotificationsSqlServerDesignTimeFactory : SqlServerDesignTimeFactory<NotificationsSqlServerDbContext>;

internal sealed class NotificationsPostgresDesignTimeFactory : PostgresDesignTimeFactory<NotificationsPostgresDbContext>;
