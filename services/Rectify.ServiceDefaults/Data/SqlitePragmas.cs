using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Rectify.ServiceDefaults.Data;

/// <summary>
/// Per-connection SQLite settings. With the WAL journal (set once by the migrator), NORMAL
/// synchronisation loses nothing when a process crashes — only an OS crash or power cut can drop
/// the last commits — and saves an fsync per commit, which consumers and the relay do a lot.
/// The busy timeout lets a writer wait for another instead of failing at once.
/// </summary>
internal sealed class SqlitePragmas : DbConnectionInterceptor
{
    public static readonly SqlitePragmas Instance = new();

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData) => Apply(connection);

    public override Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Apply(connection);
        return Task.CompletedTask;
    }

    private static void Apply(DbConnection connection)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA synchronous=NORMAL; PRAGMA busy_timeout=5000;";
        command.ExecuteNonQuery();
    }
}
