using Microsoft.EntityFrameworkCore;
using Rectify.Reporting.Model;
using Rectify.Reporting.Rebuild;
using Rectify.ServiceDefaults.Data;
using Rectify.ServiceDefaults.Replicas;
using Rectify.ServiceDefaults.Time;

namespace Rectify.Reporting.Infrastructure;

public class ReportingDbContext(DbContextOptions options) : ServiceDbContext(options)
{
    public override string Schema => ReportingModule.Name;
    public DbSet<UnitReplica> Units => Set<UnitReplica>();
    public DbSet<Counter> Counters => Set<Counter>();
    public DbSet<UnitContact> UnitContacts => Set<UnitContact>();
    public DbSet<PersonName> PersonNames => Set<PersonName>();
    public DbSet<ReportedInspection> Inspections => Set<ReportedInspection>();
    public DbSet<ReportedFinding> Findings => Set<ReportedFinding>();
    public DbSet<FindingTag> FindingTags => Set<FindingTag>();
    public DbSet<ReportedTask> Tasks => Set<ReportedTask>();
    public DbSet<ProgressNote> ProgressNotes => Set<ProgressNote>();
    public DbSet<ProgressNotice> Notices => Set<ProgressNotice>();
    public DbSet<PeriodSnapshot> Snapshots => Set<PeriodSnapshot>();
    public DbSet<SnapshotItem> SnapshotItems => Set<SnapshotItem>();
    public DbSet<ReportObligation> ReportObligations => Set<ReportObligation>();
    public DbSet<ReportedPeriod> ReportedPeriods => Set<ReportedPeriod>();
    public DbSet<RebuildRun> RebuildRuns => Set<RebuildRun>();
    public DbSet<RebuildProgress> RebuildProgress => Set<RebuildProgress>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);
        modelBuilder.AddUnitReplicas();
        modelBuilder.AddCalendarOverrides();
    }
}

/// <summary>The SQLite flavour; exists so its migrations live apart from SQL Server's.</summary>
public sealed class ReportingSqliteDbContext(DbContextOptions<ReportingSqliteDbContext> options) : ReportingDbContext(options);

public sealed class ReportingSqlServerDbContext(DbContextOptions<ReportingSqlServerDbContext> options) : ReportingDbContext(options);

internal sealed class ReportingSqliteDesignTimeFactory : SqliteDesignTimeFactory<ReportingSqliteDbContext>;

internal sealed class ReportingSqlServerDesignTimeFactory : SqlServerDesignTimeFactory<ReportingSqlServerDbContext>;
