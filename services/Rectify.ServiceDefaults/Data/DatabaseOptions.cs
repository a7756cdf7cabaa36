namespace Rectify.ServiceDefaults.Data;

/// <summary>
/// Values of <c>Database:Provider</c>: <c>Sqlite</c> (embedded default, tests) or <c>SqlServer</c>
/// (production). <c>Database:MigrateOnStart</c> (default true) is read by <see cref="Hosting.ServiceHost"/>.
/// </summary>
public static class DatabaseOptions
{
    public const string Sqlite = "Sqlite";
    public const string SqlServer = "SqlServer";
}
