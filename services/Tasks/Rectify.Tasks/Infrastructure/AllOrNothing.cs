using Rectify.ServiceDefaults.Data;

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
        // A retry (a transient failure under the provider's execution strategy) starts from a clean context,
        // so nothing staged by the failed attempt is saved twice.
        var (_, result) = await db.InTransactionAsync(async _ =>
        {
            db.ChangeTracker.Clear();
            return await work();
        }, outcome => outcome.Commit, ct);
        return result;
    }
}
