using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Rectify.ServiceDefaults.Data;
using Rectify.ServiceDefaults.Messaging;

namespace Rectify.ServiceDefaults.Hosting;

/// <summary>Builds and runs a process hosting one or more service modules.</summary>
public static class ServiceHost
{
    public static WebApplication Build(
        string[] args, string processName, IReadOnlyList<ServiceModule> modules,
        Action<WebApplicationBuilder>? configure = null, Action<WebApplication>? map = null)
    {
        var builder = WebApplication.CreateBuilder(args);
        builder.AddServiceDefaults(processName);
        foreach (var module in modules)
        {
            builder.Services.AddServiceOpenApi(module.Name);
            module.AddServices(builder);
        }
        builder.AddServiceBus(modules);
        configure?.Invoke(builder);

        var app = builder.Build();
        app.UseServiceDefaults();
        app.MapDefaultEndpoints();
        app.MapServiceOpenApi();
        foreach (var module in modules)
            module.MapEndpoints(app);
        map?.Invoke(app);
        return app;
    }

    /// <summary>
    /// <c>migrate</c> as the first argument applies migrations and exits (production); otherwise
    /// migrations run at start unless <c>Database:MigrateOnStart</c> is false, then the host runs.
    /// </summary>
    public static async Task RunAsync(this WebApplication app, string[] args)
    {
        if (args.FirstOrDefault() == "migrate")
        {
            await DatabaseMigrator.MigrateAllAsync(app.Services);
            return;
        }
        if (app.Configuration.GetValue("Database:MigrateOnStart", true))
            await DatabaseMigrator.MigrateAllAsync(app.Services);
        await app.RunAsync();
    }
}
