using Microsoft.EntityFrameworkCore;
using Rectify.ServiceDefaults.Data;
using Rectify.ServiceDefaults.Replicas;

namespace Rectify.Tasks.Infrastructure;

public class TasksDbContext(DbContextOptions options) : ServiceDbContext(options)
{
    public override string Schema => TasksModule.Name;
    public DbSet<UnitReplica> Units => Set<UnitReplica>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);
        modelBuilder.AddUnitReplicas();
    }
}

/// <summary>The SQLite flavour; exists so its migrations live apart from SQL Server's.</summary>
public sealed class TasksSqliteDbContext(DbContextOptions<TasksSqliteDbContext> options) : TasksDbContext(options);

public sealed class TasksSqlServerDbContext(DbContextOptions<TasksSqlServerDbContext> options) : TasksDbContext(options);

internal sealed class TasksSqliteDesignTimeFactory : SqliteDesignTimeFactory<TasksSqliteDbContext>;

internal sealed class TasksSqlServerDesignTimeFactory : SqlServerDesignTimeFactory<TasksSqlServerDbContext>;
