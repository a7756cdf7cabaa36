using Npgsql;

namespace Rectify.Services.Tests.Support;

/// <summary>
/// A database of its own on the PostgreSQL server named by RECTIFY_POSTGRES (a superuser's connection string, set by
/// ./rectify test), for one test host; dropped again on dispose. A clear failure, never a skip, when it is not set.
/// </summary>
public sealed class PostgresDatabase : IDisposable
{
    private readonly string _server;

    public PostgresDatabase()
    {
        _server = Environment.GetEnvironmentVariable("RECTIFY_POSTGRES") is { Length: > 0 } server
            ? server
            : throw new InvalidOperationException("RECTIFY_POSTGRES must name a PostgreSQL server: run ./rectify test, or start one " +
                                                  "(tools/scripts/postgres.sh) and export RECTIFY_POSTGRES=\"Host=127.0.0.1;Port=…;Username=postgres\".");
        Name = "rectify_test_" + Guid.NewGuid().ToString("N");
        Execute($"CREATE DATABASE {Name}");
    }

    public string Name { get; }

    public string ConnectionString => new NpgsqlConnectionStringBuilder(_server) { Database = Name }.ConnectionString;

    /// <summary>Settings that put a service named <paramref name="service"/> on this database.</summary>
    public (string Key, string Value)[] Settings(string service) =>
        [("Database:Provider", "Postgres"), ($"ConnectionStrings:{service}", ConnectionString)];

    public void Dispose()
    {
        NpgsqlConnection.ClearAllPools();
        Execute($"DROP DATABASE IF EXISTS {Name} WITH (FORCE)");
    }

    private void Execute(string sql)
    {
        using var connection = new NpgsqlConnection(_server);
        connection.Open();
        using var command = new NpgsqlCommand(sql, connection);
        command.ExecuteNonQuery();
    }
}
