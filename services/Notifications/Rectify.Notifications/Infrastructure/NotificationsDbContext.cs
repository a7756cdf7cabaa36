using Microsoft.EntityFrameworkCore;
using Rectify.ServiceDefaults.Data;
using Rectify.ServiceDefaults.Replicas;

namespace Rectify.Notifications.Infrastructure;

public class NotificationsDbContext(DbContextOptions options) : ServiceDbContext(options)
{
    public override string Schema => NotificationsModule.Name;
    public DbSet<UnitReplica> Units => Set<UnitReplica>();

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
