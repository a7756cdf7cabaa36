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
/// The migration scripts DBAs review and may run by hand: one idempotent script per service and
/// server provider, <c>Migrations/SqlServer/idempotent.sql</c> and <c>Migrations/Postgres/idempotent.sql</c>,
/// generated from the service's own DbContext registration (the same history table,
/// <c>&lt;service&gt;.__EFMigrationsHistory</c>, as <c>&lt;service&gt; migrate</c> uses).
/// Regenerate with tools/dev/sql-scripts.sh.
/// </summary>
public sealed class MigrationScripts
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

    /// <summary>Each server provider: a connection string that is never used (nothing is contacted) and how the history table is named.</summary>
    private static readonly Dictionary<string, (Func<string, string> ConnectionString, Func<string, string> HistoryTable)> Providers = new()
    {
        [DatabaseOptions.SqlServer] = (name => $"Server=script-only;Database=rectify_{name};User Id=none;Password=none",
            name => $"[{name}].[__EFMigrationsHistory]"),
        [DatabaseOptions.Postgres] = (name => $"Host=script-only;Database=rectify;Username=rectify_{name};Password=none",
            name => $"{name}.\"__EFMigrationsHistory\""),
    };

    public static TheoryData<string, string> ServicesAndProviders()
    {
        var data = new TheoryData<string, string>();
        foreach (var service in Repo.Services)
            foreach (var provider in Providers.Keys)
                data.Add(service.Name, provider);
        return data;
    }

    public static string ScriptPath(Part part, string provider) => Path.Combine(part.ProjectDir, "Migrations", provider, "idempotent.sql");

    [Fact]
    public void Every_service_module_is_checked()
    {
        Assert.Equal(Repo.Services.Select(s => s.Name).Order(), Modules.Keys.Order());
        Assert.All(Modules, m => Assert.Equal(m.Key, m.Value.Name));
    }

    [Theory]
    [MemberData(nameof(ServicesAndProviders))]
    public void The_checked_in_script_is_current(string name, string provider)
    {
        var part = Repo.Services.Single(s => s.Name == name);
        using var services = ServerServices(Modules[name], provider);
        using var scope = services.CreateScope();
        var database = services.GetServices<ServiceDatabase>().Single();
        var db = (DbContext)scope.ServiceProvider.GetRequiredService(database.ContextType);

        Assert.Equal(provider == DatabaseOptions.SqlServer, db.Database.IsSqlServer());
        Assert.Equal(provider == DatabaseOptions.Postgres, db.Database.IsNpgsql());
        Assert.False(db.Database.HasPendingModelChanges(),
            $"{name} has model changes without a {provider} migration: run tools/dev/add-migration.sh <Service> <Name>, then tools/dev/sql-scripts.sh");
        var script = db.GetService<IMigrator>().GenerateScript(options: MigrationsSqlGenerationOptions.Idempotent).ReplaceLineEndings("\n");
        Assert.Contains(Providers[provider].HistoryTable(name), script);

        var relative = ScriptPath(part, provider);
        var path = Repo.PathOf(relative);
        if (Environment.GetEnvironmentVariable(UpdateVariable) == "1")
            File.WriteAllText(path, script);
        Assert.True(File.Exists(path), $"{relative} is missing: run tools/dev/sql-scripts.sh");
        Assert.True(Repo.Read(relative) == script,
            $"{relative} is stale (a migration was added or changed): run tools/dev/sql-scripts.sh and commit the result");
    }

    /// <summary>The service's real registration on a server provider; nothing is started and no server is contacted.</summary>
    private static ServiceProvider ServerServices(ServiceModule module, string provider)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = "Production" });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Database:Provider"] = provider,
            [$"ConnectionStrings:{module.Name}"] = Providers[provider].ConnectionString(module.Name),
        });
        module.AddServices(builder);
        return builder.Services.BuildServiceProvider();
    }
}
