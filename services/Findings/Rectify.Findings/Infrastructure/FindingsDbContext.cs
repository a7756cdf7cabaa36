using Microsoft.EntityFrameworkCore;
using Rectify.Findings.Model;
using Rectify.ServiceDefaults.Data;
using Rectify.ServiceDefaults.Replicas;

namespace Rectify.Findings.Infrastructure;

public class FindingsDbContext(DbContextOptions options) : ServiceDbContext(options)
{
    public override string Schema => FindingsModule.Name;
    public DbSet<UnitReplica> Units => Set<UnitReplica>();
    public DbSet<Inspection> Inspections => Set<Inspection>();
    public DbSet<Finding> Findings => Set<Finding>();
    public DbSet<Recommendation> Recommendations => Set<Recommendation>();
    public DbSet<Clue> Clues => Set<Clue>();
    public DbSet<DueDatePolicy> DueDatePolicies => Set<DueDatePolicy>();
    public DbSet<NoticeImport> Imports => Set<NoticeImport>();
    public DbSet<ProgressReportObligation> ReportObligations => Set<ProgressReportObligation>();
    public DbSet<ProgressReport> ProgressReports => Set<ProgressReport>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);
        modelBuilder.AddUnitReplicas();
        modelBuilder.ApplyConfiguration(new InspectionConfiguration());
        modelBuilder.ApplyConfiguration(new FindingConfiguration());
        modelBuilder.ApplyConfiguration(new RecommendationConfiguration());
        modelBuilder.ApplyConfiguration(new ClueConfiguration());
        modelBuilder.ApplyConfiguration(new DueDatePolicyConfiguration());
        modelBuilder.ApplyConfiguration(new NoticeImportConfiguration());
        modelBuilder.ApplyConfiguration(new ProgressReportObligationConfiguration());
        modelBuilder.ApplyConfiguration(new ProgressReportConfiguration());
    }
}

/// <summary>The SQLite flavour; each provider has its own type so that its migrations live apart.</summary>
public sealed class FindingsSqliteDbContext(DbContextOptions<FindingsSqliteDbContext> options) : FindingsDbContext(options);

public sealed class FindingsSqlServerDbContext(DbContextOptions<FindingsSqlServerDbContext> options) : FindingsDbContext(options);

public sealed class FindingsPostgresDbContext(DbContextOptions<FindingsPostgresDbContext> options) : FindingsDbContext(options);

internal sealed class FindingsSqliteDesignTimeFactory : SqliteDesignTimeFactory<FindingsSqliteDbContext>;

internal sealed class FindingsSqlServerDesignTimeFactory : SqlServerDesignTimeFactory<FindingsSqlServerDbContext>;

internal sealed class FindingsPostgresDesignTimeFactory : PostgresDesignTimeFactory<FindingsPostgresDbContext>;
