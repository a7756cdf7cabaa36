using Microsoft.Extensions.Configuration;

namespace Rectify.ServiceDefaults.Data;

/// <summary>
/// Values of <c>Database:Provider</c>: <c>Sqlite</c> (embedded default, tests), <c>SqlServer</c> or
/// <c>Postgres</c> (PostgreSQL and the PostgreSQL-compatible databases, docs/operations.md).
/// <c>Database:MigrateOnStart</c> (default true) is read by <see cref="Hosting.ServiceHost"/>.
/// </summary>
public static class DatabaseOptions
{
    public const string Sqlite = "Sqlite";
    public const string SqlServer = "SqlServer";
    public const string Postgres = "Postgres";

    /// <summary>The configured provider, one of the constants above; anything else is a start-up error naming the key.</summary>
    public static string ProviderOf(IConfiguration configuration) => configuration["Database:Provider"] switch
    {
        null or "" => Sqlite,
        var p when p.Equals(Sqlite, StringComparison.OrdinalIgnoreCase) => Sqlite,
        var p when p.Equals(SqlServer, StringComparison.OrdinalIgnoreCase) => SqlServer,
        var p when p.Equals(Postgres, StringComparison.OrdinalIgnoreCase) || p.Equals("PostgreSQL", StringComparison.OrdinalIgnoreCase) => Postgres,
        var p => throw new InvalidOperationException($"Database:Provider is '{p}'; it must be {Sqlite}, {SqlServer} or {Postgres}."),
    };
}
