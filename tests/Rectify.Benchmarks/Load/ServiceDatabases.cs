using System.Data.Common;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace Rectify.Benchmarks.Load;

/// <summary>
/// The services' databases, read by the load benchmark afterwards to prove nothing was lost: the SQLite files of the
/// data folder, or one PostgreSQL database per service that it creates on the cluster given (and drops at the end).
/// </summary>
public sealed class ServiceDatabases : IAsyncDisposable
{
    private readonly string? _sqliteFolder;
    private readonly string? _server;
    private readonly string _prefix = $"rectify_load_{Environment.ProcessId}";

    private ServiceDatabases(string? sqliteFolder, string? server) => (_sqliteFolder, _server) = (sqliteFolder, server);

    public static ServiceDatabases Sqlite(string dataFolder) => new(dataFolder, null);

    /// <summary>A database per service on the cluster that <paramref name="superuser"/> (a connection string) reaches.</summary>
    public static async Task<ServiceDatabases> PostgresAsync(string superuser, IEnumerable<string> services)
    {
        var databases = new ServiceDatabases(null, superuser);
        await using var admin = new NpgsqlConnection(superuser);
        await admin.OpenAsync();
        foreach (var service in services)
            await Execute(admin, $"CREATE DATABASE {databases._prefix}_{service}");
        return databases;
    }

    public bool IsPostgres => _server is not null;

    /// <summary>What a service is given to reach its own database (PostgreSQL only).</summary>
    public Dictionary<string, string> Settings(string service) => new()
    {
        ["Database__Provider"] = "Postgres",
        [$"ConnectionStrings__{service}"] = new NpgsqlConnectionStringBuilder(_server) { Database = $"{_prefix}_{service}", MaxPoolSize = 50 }.ConnectionString,
    };

    /// <summary>A table of a service: schema-qualified on PostgreSQL (the service's schema), bare in its SQLite file.</summary>
    public string Table(string service, string table) => IsPostgres ? $"\"{service}\".\"{table}\"" : $"\"{table}\"";

    public async Task<List<object?[]>> QueryAsync(string service, string sql)
    {
        await using DbConnection connection = IsPostgres
            ? new NpgsqlConnection(new NpgsqlConnectionStringBuilder(_server) { Database = $"{_prefix}_{service}", Pooling = false }.ConnectionString)
            : new SqliteConnection($"Data Source={Path.Combine(_sqliteFolder!, service + ".db")};Mode=ReadOnly;Pooling=False");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<object?[]>();
        while (await reader.ReadAsync())
        {
            var row = new object?[reader.FieldCount];
            for (var i = 0; i < row.Length; i++)
                row[i] = reader.IsDBNull(i) ? null : reader.GetValue(i);
            rows.Add(row);
        }
        return rows;
    }

    public async Task<long> CountAsync(string service, string table, string? where = null) =>
        Convert.ToInt64((await QueryAsync(service, $"SELECT COUNT(*) FROM {Table(service, table)}{(where is null ? "" : " WHERE " + where)}"))[0][0]);

    public async ValueTask DisposeAsync()
    {
        if (!IsPostgres || Environment.GetEnvironmentVariable("RECTIFY_BENCH_KEEP") == "1")
            return;
        await using var admin = new NpgsqlConnection(_server);
        await admin.OpenAsync();
        foreach (var name in (await Names(admin)).Where(n => n.StartsWith(_prefix + "_", StringComparison.Ordinal)))
            await Execute(admin, $"DROP DATABASE IF EXISTS {name} WITH (FORCE)");
    }

    private static async Task<List<string>> Names(NpgsqlConnection admin)
    {
        await using var command = new NpgsqlCommand("SELECT datname FROM pg_database", admin);
        await using var reader = await command.ExecuteReaderAsync();
        var names = new List<string>();
        while (await reader.ReadAsync())
            names.Add(reader.GetString(0));
        return names;
    }

    private static async Task Execute(NpgsqlConnection connection, string sql)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
