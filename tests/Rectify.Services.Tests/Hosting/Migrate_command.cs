using System.Diagnostics;
using Microsoft.Data.Sqlite;

namespace Rectify.Services.Tests.Hosting;

/// <summary>Production applies migrations with an explicit command, before any instance starts.</summary>
public sealed class Migrate_command : IDisposable
{
    private readonly string _data = Directory.CreateTempSubdirectory("rectify-migrate-").FullName;

    [Fact]
    public async Task Applies_every_migration_and_exits_without_a_broker_or_a_listener()
    {
        var units = Path.Combine(AppContext.BaseDirectory, "Rectify.Units.dll");
        var start = new ProcessStartInfo("dotnet", [units, "migrate"]) { RedirectStandardOutput = true, RedirectStandardError = true };
        start.Environment["RECTIFY_DATA_DIR"] = _data;
        start.Environment["Bus__Transport"] = "RabbitMq";
        start.Environment["Bus__Host"] = "amqp://guest:guest@127.0.0.1:1/"; // nothing listens there

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        await process.WaitForExitAsync(timeout.Token);

        Assert.True(process.ExitCode == 0, await output + await errors);
        await using var db = new SqliteConnection($"Data Source={Path.Combine(_data, "units.db")};Pooling=false");
        await db.OpenAsync();
        var command = db.CreateCommand();
        command.CommandText = "SELECT COUNT(*) FROM __EFMigrationsHistory";
        Assert.True((long)(await command.ExecuteScalarAsync())! >= 1);
        command.CommandText = "SELECT COUNT(*) FROM accounts";
        Assert.Equal(0L, (long)(await command.ExecuteScalarAsync())!); // nothing but the schema: no admin seeded, no host started
    }

    public void Dispose() => Directory.Delete(_data, recursive: true);
}
