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
        var own = Database.CurrentTransaction is null ? await Database.BeginTransactionAsync(cancellationToken) : null;
        await using (own)
        {
            var deltas = await TaskSumsKeeper.DeltasAsync(this, changes, cancellationToken);
            var written = await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
            await TaskSumsKeeper.ApplyAsync(this, deltas, cancellationToken);
            if (own is not null)
                await own.CommitAsync(cancellationToken);
            return written;
        }
    }

    public override int SaveChanges(bool acceptAllChangesOnSuccess) =>
        throw new NotSupportedException("The reporting read model saves asynchronously only: SaveChangesAsync keeps task_sums in step.");

    internal Task<int> SaveChangesWithoutSumsAsync(CancellationToken ct) => base.SaveChangesAsync(true, ct);

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
