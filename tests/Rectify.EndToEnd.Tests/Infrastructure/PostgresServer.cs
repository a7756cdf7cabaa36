using Npgsql;

namespace Rectify.EndToEnd.Tests.Infrastructure;

/// <summary>
/// A PostgreSQL server the suite may create databases and logins on: the one <c>./rectify test</c>
/// starts (<c>RECTIFY_POSTGRES</c>, a superuser's connection string), or a cluster a test owns
/// (<see cref="PrivatePostgres"/>). Never skips: a missing server is a failure that says how to get one.
/// </summary>
public sealed class PostgresServer(string adminConnectionString)
{
    public const string Variable = "RECTIFY_POSTGRES";

    public const string HowToStart =
        "Run the suite with `./rectify test` (it installs PostgreSQL 15, starts a cluster of its own under .rectify/postgres " +
        "and sets RECTIFY_POSTGRES), or set RECTIFY_POSTGRES to a superuser's connection string, e.g. " +
        "`Host=127.0.0.1;Port=5432;Username=postgres`.";

    public string AdminConnectionString { get; } = adminConnectionString;

    /// <summary>The server named by <c>RECTIFY_POSTGRES</c>; its absence is a failure, not a skip.</summary>
    public static PostgresServer Shared =>
        Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } configured
            ? new PostgresServer(configured)
            : throw new InvalidOperationException($"{Variable} is not set: the end-to-end suite runs on PostgreSQL. {HowToStart}");

    public async Task RequireReachableAsync()
    {
        try
        {
            await using var connection = await OpenAsync("postgres");
        }
        catch (Exception ex) when (ex is NpgsqlException or TimeoutException)
        {
            throw new InvalidOperationException($"PostgreSQL is not reachable with {Variable}={AdminConnectionString} ({ex.Message}). {HowToStart}", ex);
        }
    }

    /// <summary>A connection as the superuser to one database.</summary>
    public async Task<NpgsqlConnection> OpenAsync(string database)
    {
        var builder = new NpgsqlConnectionStringBuilder(AdminConnectionString) { Database = database, Pooling = false, Timeout = 15 };
        var connection = new NpgsqlConnection(builder.ConnectionString);
        await connection.OpenAsync();
        return connection;
    }

    /// <summary>
    /// A fresh database for one test cluster, with a login per service that owns that service's schema
    /// and nothing else (as in production: docs/operations.md). Dropped, logins too, on dispose.
    /// </summary>
    public async Task<TestDatabase> CreateDatabaseAsync(string name, IEnumerable<string> services)
    {
        var logins = services.ToDictionary(s => s, s => (Role: $"{name}_{s}", Password: Guid.NewGuid().ToString("N")));
        await using (var admin = await OpenAsync("postgres"))
        {
            await ExecuteAsync(admin, $"CREATE DATABASE \"{name}\"");
            await ExecuteAsync(admin, $"REVOKE ALL ON DATABASE \"{name}\" FROM PUBLIC");
            foreach (var (_, (role, password)) in logins)
                await ExecuteAsync(admin, $"CREATE ROLE \"{role}\" LOGIN PASSWORD '{password}'; GRANT CONNECT ON DATABASE \"{name}\" TO \"{role}\"");
        }
        await using (var database = await OpenAsync(name))
            foreach (var (service, (role, _)) in logins)
                await ExecuteAsync(database, $"CREATE SCHEMA \"{service}\" AUTHORIZATION \"{role}\"");
        return new TestDatabase(this, name, logins);
    }

    public static async Task ExecuteAsync(NpgsqlConnection connection, string sql)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}

/// <summary>One test cluster's database on a <see cref="PostgresServer"/>, and its services' logins.</summary>
public sealed class TestDatabase(PostgresServer server, string name, IReadOnlyDictionary<string, (string Role, string Password)> logins)
    : IAsyncDisposable
{
    public string Name { get; } = name;

    /// <summary>What the service is given as <c>ConnectionStrings__&lt;service&gt;</c>: its own login, the cluster's database.</summary>
    public string ConnectionStringOf(string service)
    {
        var admin = new NpgsqlConnectionStringBuilder(server.AdminConnectionString);
        return new NpgsqlConnectionStringBuilder
        {
            Host = admin.Host, Port = admin.Port, Database = Name,
            Username = logins[service].Role, Password = logins[service].Password,
        }.ConnectionString;
    }

    /// <summary>A superuser's connection to this database (for reading a service's outbox as the test's evidence).</summary>
    public Task<NpgsqlConnection> OpenAsync() => server.OpenAsync(Name);

    public async ValueTask DisposeAsync()
    {
        try
        {
            await using var admin = await server.OpenAsync("postgres");
            await PostgresServer.ExecuteAsync(admin, $"DROP DATABASE IF EXISTS \"{Name}\" WITH (FORCE)");
            foreach (var (role, _) in logins.Values)
                await PostgresServer.ExecuteAsync(admin, $"DROP ROLE IF EXISTS \"{role}\"");
        }
        catch (Exception ex) when (ex is NpgsqlException or TimeoutException)
        {
            // Best effort at the end of a test: the names are unique, a leftover harms nobody.
        }
    }
}
