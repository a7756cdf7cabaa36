using Microsoft.EntityFrameworkCore;

namespace Rectify.ServiceDefaults.Data;

/// <summary>
/// The one way to open a transaction: begin, work, save, commit, inside the provider's execution strategy,
/// so a transient failure (a deadlock victim, a dropped connection, SQLite busy) retries the whole unit of
/// work. EF Core refuses a transaction opened by hand under a retrying strategy, which SQL Server and
/// PostgreSQL use in production. A retry starts from a clean change tracker, so the work must load what it
/// changes rather than rely on entities tracked before the call. Called inside another unit of work, it
/// joins it: the outer one commits and retries.
/// </summary>
public static class UnitOfWork
{
    public static Task InTransactionAsync(this DbContext db, Func<CancellationToken, Task> work, CancellationToken ct) =>
        db.InTransactionAsync(async c => { await work(c); return true; }, ct);

    public static Task<T> InTransactionAsync<T>(this DbContext db, Func<CancellationToken, Task<T>> work, CancellationToken ct) =>
        db.InTransactionAsync(work, _ => true, ct);

    /// <summary>As above, but rolls everything back (events in the outbox included) when <paramref name="commitWhen"/> says no.</summary>
    public static Task<T> InTransactionAsync<T>(this DbContext db, Func<CancellationToken, Task<T>> work, Func<T, bool> commitWhen, CancellationToken ct) =>
        RunAsync(db, async c =>
        {
            var result = await work(c);
            if (commitWhen(result))
                await db.SaveChangesAsync(c);
            return result;
        }, commitWhen, clearOnRetry: true, ct);

    /// <summary>
    /// Saves the changes staged in the change tracker, with what <paramref name="save"/> writes beside them, in one
    /// transaction retried as a whole. <paramref name="save"/> must save without accepting the changes, so that a
    /// retry saves them again; they are accepted once committed. For a context whose SaveChanges writes more than
    /// the tracked entities (reporting's kept sums).
    /// </summary>
    public static async Task<int> SaveStagedAsync(this DbContext db, Func<CancellationToken, Task<int>> save, CancellationToken ct)
    {
        var written = await RunAsync(db, save, _ => true, clearOnRetry: false, ct);
        db.ChangeTracker.AcceptAllChanges();
        return written;
    }

    private static async Task<T> RunAsync<T>(DbContext db, Func<CancellationToken, Task<T>> work, Func<T, bool> commitWhen, bool clearOnRetry, CancellationToken ct)
    {
        if (db.Database.CurrentTransaction is not null)
            return await work(ct);

        var attempt = 0;
        return await db.Database.CreateExecutionStrategy().ExecuteAsync(async c =>
        {
            if (attempt++ > 0 && clearOnRetry)
                db.ChangeTracker.Clear();
            await using var transaction = await db.Database.BeginTransactionAsync(c);
            var result = await work(c);
            if (commitWhen(result))
                await transaction.CommitAsync(c);
            else
                await transaction.RollbackAsync(c);
            return result;
        }, ct);
    }
}
