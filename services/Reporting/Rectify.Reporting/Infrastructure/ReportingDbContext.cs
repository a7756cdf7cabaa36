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
    public DbSet<TaskSums> TaskSums => Set<TaskSums>();
    public DbSet<FigureBasis> FigureBasis => Set<FigureBasis>();
    public DbSet<ProgressNote> ProgressNotes => Set<ProgressNote>();
    public DbSet<ProgressNotice> Notices => Set<ProgressNotice>();
    public DbSet<PeriodSnapshot> Snapshots => Set<PeriodSnapshot>();
    public DbSet<SnapshotItem> SnapshotItems => Set<SnapshotItem>();
    public DbSet<ReportObligation> ReportObligations => Set<ReportObligation>();
    public DbSet<ReportedPeriod> ReportedPeriods => Set<ReportedPeriod>();
    public DbSet<RebuildRun> RebuildRuns => Set<RebuildRun>();
    public DbSet<RebuildProgress> RebuildProgress => Set<RebuildProgress>();

    /// <summary>Saves, and brings <see cref="Model.TaskSums"/> in line with the tasks saved, in one transaction.</summary>
    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        var changes = TaskSumsKeeper.Changes(ChangeTracker);
        if (changes.IsEmpty)
            return await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
        if (Database.CurrentTransaction is not null)
            return await SaveWithSumsAsync(changes, acceptAllChangesOnSuccess, cancellationToken);
        return await this.SaveStagedAsync(ct => SaveWithSumsAsync(changes, false, ct), cancellationToken);
    }

    private async Task<int> SaveWithSumsAsync(TaskSumsKeeper.Pending changes, bool acceptAllChangesOnSuccess, CancellationToken ct)
    {
        var deltas = await TaskSumsKeeper.DeltasAsync(this, changes, ct);
        var inserted = await TaskSumsKeeper.ApplyAsync(this, deltas, ct);
        try
        {
            return await base.SaveChangesAsync(acceptAllChangesOnSuccess, ct);
        }
        finally
        {
            // Later additions go straight to the database; and a retry after a failed save stages its own rows.
            foreach (var row in inserted)
                Entry(row).State = EntityState.Detached;
        }
    }

    public override int SaveChanges(bool acceptAllChangesOnSuccess) =>
        throw new NotSupportedException("The reporting read model saves asynchronously only: SaveChangesAsync keeps task_sums in step.");

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);
        modelBuilder.AddUnitReplicas();
        modelBuilder.AddCalendarOverrides();
    }
}

/// <summary>The SQLite flavour; each provider has its own type so that its migrations live apart.</summary>
public sealed class ReportingSqliteDbContext(DbContextOptions<ReportingSqliteDbContext> options) : ReportingDbContext(options);

public sealed class ReportingSqlServerDbContext(DbContextOptions<ReportingSqlServerDbContext> options) : ReportingDbContext(options);

public sealed class ReportingPostgresDbContext(DbContextOptions<ReportingPostgresDbContext> options) : ReportingDbContext(options);

internal sealed class ReportingSqliteDesignTimeFactory : SqliteDesignTimeFactory<ReportingSqliteDbContext>;

internal sealed class ReportingSqlServerDesignTimeFactory : SqlServerDesignTimeFactory<ReportingSqlServerDbContext>;

internal sealed class ReportingPostgresDesignTimeFactory : PostgresDesignTimeFactory<ReportingPostgresDbContext>;
