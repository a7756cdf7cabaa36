using Microsoft.AspNetCore.Hosting;
using Npgsql;

namespace Rectify.Services.Tests.Support;

/// <summary>The database provider a test host runs on: SQLite files (the default) or the PostgreSQL server.</summary>
public enum TestProvider { Sqlite, Postgres }

/// <summary>
/// A fresh PostgreSQL database on the server that <c>./rectify test</c> starts (RECTIFY_POSTGRES), dropped
/// when disposed. Every service gets its own schema in it, as in production; hosts that stand for replicas of
/// one service share it.
/// </summary>
public sealed class TestDatabase : IDisposable
{
    private static readonly string[] Services = ["units", "findings", "tasks", "notifications", "reporting"];
    private readonly string _server;

    private TestDatabase(string server, string name)
    {
        _server = server;
        Name = name;
        Execute($"CREATE DATABASE \"{name}\"");
        ConnectionString = new NpgsqlConnectionStringBuilder(server) { Database = name }.ConnectionString;
    }

    public string Name { get; }

    public string ConnectionString { get; }

    /// <summary>A new database, or null for SQLite (each host then has its own files).</summary>
    public static TestDatabase? For(TestProvider provider) => provider == TestProvider.Postgres ? Postgres() : null;

    public static TestDatabase Postgres() =>
        new(Environment.GetEnvironmentVariable("RECTIFY_POSTGRES") is { Length: > 0 } server
                ? server
                : throw new InvalidOperationException("RECTIFY_POSTGRES is not set: run the tests with ./rectify test, which starts a PostgreSQL server for them."),
            $"rectify_test_{Guid.NewGuid():N}");

    public void Configure(IWebHostBuilder builder)
    {
        builder.UseSetting("Database:Provider", "Postgres");
        foreach (var service in Services)
            builder.UseSetting($"ConnectionStrings:{service}", ConnectionString);
    }

    public void Dispose()
    {
        NpgsqlConnection.ClearAllPools();
        Execute($"DROP DATABASE IF EXISTS \"{Name}\" WITH (FORCE)");
    }

    private void Execute(string sql)
    {
        using var connection = new NpgsqlConnection(_server);
        connection.Open();
        using var command = new NpgsqlCommand(sql, connection);
        command.ExecuteNonQuery();
    }
}
