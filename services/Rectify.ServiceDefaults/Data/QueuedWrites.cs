using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;

namespace Rectify.ServiceDefaults.Data;

/// <summary>
/// A write to one aggregate that several people may make at the same moment (progress on one task, findings under
/// one inspection). Without it two writers read the same version and the same count of rows, and the slower one
/// collides with the faster on the version token or on the next position it counted: a person's work refused for
/// someone else's. Here each writer first takes the aggregate row's write lock (an update that leaves its version as
/// it is) and only then reads and changes it, in one unit of work, so writers queue instead (SQLite's immediate
/// transactions queue them already; PostgreSQL and SQL Server hold the row lock to the commit). A collision that
/// still happens (with a writer that did not queue, such as a consumer) retries the whole unit of work from a fresh
/// read, a bounded number of times; what the retried work finds changed is its own to refuse.
/// </summary>
public static class QueuedWrites
{
    private const int Attempts = 4;

    public static async Task<T> QueuedWriteAsync<TEntity, T>(
        this DbContext db, Expression<Func<TEntity, bool>> row, Expression<Func<TEntity, long>> version,
        Func<CancellationToken, Task<T>> work, CancellationToken ct) where TEntity : class
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await db.InTransactionAsync(async c =>
                {
                    await db.Set<TEntity>().Where(row).ExecuteUpdateAsync(s => s.SetProperty(version, version), c);
                    return await work(c);
                }, ct);
            }
            // Inside an outer unit of work the outer one decides; its transaction may be unusable after the error.
            catch (DbUpdateException e) when (attempt < Attempts && db.Database.CurrentTransaction is null && WriteCollisions.IsCollision(e))
            {
                db.ChangeTracker.Clear();
            }
        }
    }
}

/// <summary>Tells a write that lost a race (a concurrency token, a unique key taken at the same moment) from other failures.</summary>
public static class WriteCollisions
{
    public static bool IsCollision(DbUpdateException exception) =>
        exception is DbUpdateConcurrencyException || exception.InnerException is { } inner && IsUniqueViolation(inner);

    // SQLite error 19 with "UNIQUE", SQL Server 2601/2627, PostgreSQL 23505: matched on text to avoid provider references here.
    public static bool IsUniqueViolation(Exception inner) =>
        inner.Message.Contains("UNIQUE constraint failed", StringComparison.OrdinalIgnoreCase)
        || inner.Message.Contains("duplicate key", StringComparison.OrdinalIgnoreCase);
}
