namespace Rectify.ServiceDefaults.Data;

public sealed class DatabaseOptions
{
    public const string Sqlite = "Sqlite";
    public const string SqlServer = "SqlServer";

    /// <summary><c>Sqlite</c> (embedded default, tests) or <c>SqlServer</c> (production).</summary>
    public string Provider { get; set; } = Sqlite;

    /// <summary>Applied at start in the embedded default and development; production runs <c>migrate</c>.</summary>
    public bool MigrateOnStart { get; set; } = true;
}
