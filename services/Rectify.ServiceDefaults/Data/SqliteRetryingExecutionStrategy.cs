using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Storage;

namespace Rectify.ServiceDefaults.Data;

/// <summary>
/// Retries a unit of work that SQLite refused because another writer held the database (SQLITE_BUSY,
/// SQLITE_LOCKED) after the busy timeout. It also makes the embedded default behave like the server
/// providers, which retry on failure: a transaction opened outside the strategy fails here too, in every
/// test, instead of first in production.
/// </summary>
public sealed class SqliteRetryingExecutionStrategy(ExecutionStrategyDependencies dependencies)
    : ExecutionStrategy(dependencies, maxRetryCount: 5, maxRetryDelay: TimeSpan.FromSeconds(2))
{
    private const int Busy = 5, Locked = 6;

    protected override bool ShouldRetryOn(Exception exception) =>
        exception is SqliteException { SqliteErrorCode: Busy or Locked };
}
