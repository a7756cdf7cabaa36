using MassTransit;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Rectify.Services.Tests.Support;

/// <summary>
/// Hosts one service in memory on its own temporary data folder, with MassTransit's test harness
/// in place of the bus so tests can see what was published and consumed. On SQLite files in that folder,
/// or on a PostgreSQL database the caller owns.
/// </summary>
public sealed class ServiceFactory<TProgram>(TestDatabase? database = null) : WebApplicationFactory<TProgram> where TProgram : class
{
    public string DataDirectory { get; } = Directory.CreateTempSubdirectory("rectify-test-").FullName;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("RECTIFY_DATA_DIR", DataDirectory);
        database?.Configure(builder);
        builder.UseSetting("RECTIFY_ADMIN_PASSWORD", TestAccounts.AdminPassword);
        builder.UseSetting("Outbox:PollInterval", "00:00:00.100");
        // Hundreds of hosts start in a run; their information logs buried the failures in the console output.
        builder.UseSetting("Logging:LogLevel:Default", "Warning");
        builder.ConfigureServices(services => services.AddMassTransitTestHarness());
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
            TryDelete(DataDirectory);
    }

    private static void TryDelete(string path)
    {
        try
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(path, recursive: true);
        }
        catch (IOException)
        {
            // A temp folder left behind is not worth failing a test over.
        }
    }
}

public static class TestAccounts
{
    public const string AdminPassword = "Test-Admin-Pass-1";
}
