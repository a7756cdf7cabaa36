using Microsoft.EntityFrameworkCore;
using Rectify.ServiceDefaults.Data;
using Rectify.ServiceDefaults.Replicas;
using Rectify.ServiceDefaults.Time;
using Rectify.Tasks.Evidence;
using Rectify.Tasks.Model;

namespace Rectify.Tasks.Infrastructure;

public class TasksDbContext(DbContextOptions options) : ServiceDbContext(options)
{
    public override string Schema => TasksModule.Name;
    public DbSet<UnitReplica> Units => Set<UnitReplica>();
    public DbSet<InspectionReplica> Inspections => Set<InspectionReplica>();
    public DbSet<FindingReplica> Findings => Set<FindingReplica>();
    public DbSet<PersonReplica> People => Set<PersonReplica>();
    public DbSet<RectificationTask> Tasks => Set<RectificationTask>();
    public DbSet<ProgressEntry> ProgressEntries => Set<ProgressEntry>();
    public DbSet<Outcome> Outcomes => Set<Outcome>();
    public DbSet<DeadlineRevision> DeadlineRevisions => Set<DeadlineRevision>();
    public DbSet<ExtensionRequest> ExtensionRequests => Set<ExtensionRequest>();
    public DbSet<CloseOutRequest> CloseOutRequests => Set<CloseOutRequest>();
    public DbSet<CloseOutReview> CloseOutReviews => Set<CloseOutReview>();
    public DbSet<AuditEntry> Audit => Set<AuditEntry>();
    public DbSet<EvidenceFile> EvidenceFiles => Set<EvidenceFile>();
    public DbSet<CloseOutEvidence> CloseOutEvidence => Set<CloseOutEvidence>();

    public override Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        // The audit trail is append-only: a bug that edits history fails loudly instead of rewriting it.
        if (ChangeTracker.Entries<AuditEntry>().Any(e => e.State is EntityState.Modified or EntityState.Deleted))
            throw new InvalidOperationException("Audit entries are never changed or removed.");
        return base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
    }

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);
        modelBuilder.AddUnitReplicas();
        modelBuilder.AddCalendarOverrides();
    }
}

/// <summary>The SQLite flavour; each provider has its own type so that its migrations live apart.</summary>
public sealed class TasksSqliteDbContext(DbContextOptions<TasksSqliteDbContext> options) : TasksDbContext(options);

public sealed class TasksSqlServerDbContext(DbContextOptions<TasksSqlServerDbContext> options) : TasksDbContext(options);

public sealed class TasksPostgresDbContext(DbContextOptions<TasksPostgresDbContext> options) : TasksDbContext(options);

internal sealed class TasksSqliteDesignTimeFactory : SqliteDesignTimeFactory<TasksSqliteDbContext>;

internal sealed class TasksSqlServerDesignTimeFactory : SqlServerDesignTimeFactory<TasksSqlServerDbContext>;

internal sealed class TasksPostgresDesignTimeFactory : PostgresDesignTimeFactory<TasksPostgresDbContext>;
