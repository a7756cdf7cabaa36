using Microsoft.EntityFrameworkCore;
using Rectify.Reporting.Model;
using Rectify.ServiceDefaults.Data;
using Rectify.ServiceDefaults.Replicas;

namespace Rectify.Reporting.Infrastructure;

public class ReportingDbContext(DbContextOptions options) : ServiceDbContext(options)
{
    public override string Schema => ReportingModule.Name;
    public DbSet<UnitReplica> Units => Set<UnitReplica>();
    public DbSet<Counter> Counters => Set<Counter>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);
        modelBuilder.AddUnitReplicas();
    }
}

/// <summary>The SQLite flavour; exists so its migrations live apart from SQL Server's.</summary>
public sealed class ReportingSqliteDbContext(DbContextOptions<ReportingSqliteDbContext> options) : ReportingDbContext(options);

public sealed class ReportingSqlServerDbContext(DbContextOptions<ReportingSqlServerDbContext> options) : ReportingDbContext(options);

internal sealed class ReportingSqliteDesignTimeFactory : SqliteDesignTimeFactory<ReportingSqliteDbContext>;

internal sealed class ReportingSqlServerDesignTimeFactory : SqlServerDesignTimeFactory<ReportingSqlServerDbContext>;
