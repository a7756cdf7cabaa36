using Microsoft.AspNetCore.Builder;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Rectify.ServiceDefaults.Data;
using Rectify.ServiceDefaults.Hosting;

namespace Rectify.Deployment.Tests;

/// <summary>
/// The SQL Server migration scripts DBAs review and may run by hand: one idempotent script per
/// service, <c>Migrations/SqlServer/idempotent.sql</c>, generated from the service's own DbContext
/// registration (the same history table, <c>[&lt;service&gt;].[__EFMigrationsHistory]</c>, as
/// <c>&lt;service&gt; migrate</c> uses). Regenerate with tools/dev/sql-scripts.sh.
/// </summary>
public sealed class SqlServerScripts
{
    private const string UpdateVariable = "RECTIFY_UPDATE_SQL_SCRIPTS";

    private static readonly Dictionary<string, ServiceModule> Modules = new()
    {
        ["units"] = Rectify.Units.UnitsModule.Module,
        ["findings"] = Rectify.Findings.FindingsModule.Module,
        ["tasks"] = Rectify.Tasks.TasksModule.Module,
        ["notifications"] = Rectify.Notifications.NotificationsModule.Module,
        ["reporting"] = Rectify.Reporting.ReportingModule.Module,
    };

    public static TheoryData<string> Services => [.. Repo.Services.Select(s => s.Name)];

    public static string ScriptPath(Part part) => Path.Combine(part.ProjectDir, "Migrations", "SqlServer", "idempotent.sql");

    [Fact]
    public void Every_service_module_is_checked()
    {
        Assert.Equal(Repo.Services.Select(s => s.Name).Order(), Modules.Keys.Order());
        Assert.All(Modules, m => Assert.Equal(m.Key, m.Value.Name));
    }

    [Theory]
    [MemberData(nameof(Services))]
    public void The_checked_in_SQL_Server_script_is_current(string name)
    {
        var part = Repo.Services.Single(s => s.Name == name);
        using var provider = SqlServerServices(Modules[name]);
        using var scope = provider.CreateScope();
        var database = provider.GetServices<ServiceDatabase>().Single();
        var db = (DbContext)scope.ServiceProvider.GetRequiredService(database.ContextType);

        Assert.True(db.Database.IsSqlServer());
        Assert.False(db.Database.HasPendingModelChanges(),
            $"{name} has model changes without a SQL Server migration: run tools/dev/add-migration.sh <Service> <Name>, then tools/dev/sql-scripts.sh");
        var script = db.GetService<IMigrator>().GenerateScript(options: MigrationsSqlGenerationOptions.Idempotent).ReplaceLineEndings("\n");
        Assert.Contains($"[{name}].[__EFMigrationsHistory]", script);

        var path = Repo.PathOf(ScriptPath(part));
        if (Environment.GetEnvironmentVariable(UpdateVariable) == "1")
            File.WriteAllText(path, script);
        Assert.True(File.Exists(path), $"{ScriptPath(part)} is missing: run tools/dev/sql-scripts.sh");
        Assert.True(Repo.Read(ScriptPath(part)) == script,
            $"{ScriptPath(part)} is stale (a migration was added or changed): run tools/dev/sql-scripts.sh and commit the result");
    }

    /// <summary>The service's real registration on SQL Server; nothing is started and no server is contacted.</summary>
    private static ServiceProvider SqlServerServices(ServiceModule module)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = "Production" });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Database:Provider"] = DatabaseOptions.SqlServer,
            [$"ConnectionStrings:{module.Name}"] = $"Server=script-only;Database=rectify_{module.Name};User Id=none;Password=none",
        });
        module.AddServices(builder);
        return builder.Services.BuildServiceProvider();
    }
}
