using Microsoft.EntityFrameworkCore;

namespace Rectify.Tasks.Infrastructure;

/// <summary>
/// Runs a bulk change in one database transaction: the work loads, checks and applies (each step may
/// save, as the task book does), and says whether to commit. Anything else — errors found, or an
/// exception — rolls every step back, events in the outbox included.
/// </summary>
public static class AllOrNothing
{
    public static async Task<T> RunAsync<T>(TasksDbContext db, Func<Task<(bool Commit, T Result)>> work, CancellationToken ct)
    {
        // SQL Server retries transient failures through its execution strategy; a retry starts over
        // from a clean context so nothing staged by the failed attempt is saved twice.
        var strategy = db.Database.CreateExecutionStrategy();
        return await strategy.ExecuteAsync(async () =>
        {
            db.ChangeTracker.Clear();
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            var (commit, result) = await work();
            if (commit)
                await transaction.CommitAsync(ct);
            else
                await transaction.RollbackAsync(ct);
            return result;
        });
    }
}
