using Microsoft.Extensions.Configuration;
using Microsoft.AspNetCore.Builder;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Rectify.ServiceDefaults.Health;
using Rectify.ServiceDefaults.Messaging.Outbox;

namespace Rectify.ServiceDefaults.Data;

public static class DatabaseExtensions
{
    /// <summary>
    /// Registers a service's DbContext on the configured provider. Each provider has its own derived
    /// context type so that its migrations live apart (Migrations/Sqlite, Migrations/SqlServer).
    /// Also registers the database's outbox relay and readiness check.
    /// </summary>
    public static WebApplicationBuilder AddServiceDatabase<TContext, TSqlite, TSqlServer>(
        this WebApplicationBuilder builder, string name)
        where TContext : ServiceDbContext
        where TSqlite : TContext
        where TSqlServer : TContext
    {
        var options = builder.Configuration.GetSection("Database").Get<DatabaseOptions>() ?? new DatabaseOptions();
        var connectionString = builder.Configuration.GetConnectionString(name);

        if (string.Equals(options.Provider, DatabaseOptions.SqlServer, StringComparison.OrdinalIgnoreCase))
        {
            if (string.IsNullOrWhiteSpace(connectionString))
                throw new InvalidOperationException($"ConnectionStrings:{name} is required for SQL Server.");
            builder.Services.AddDbContext<TContext, TSqlServer>(o => o.UseSqlServer(connectionString,
                sql => sql.MigrationsHistoryTable("__EFMigrationsHistory", name).EnableRetryOnFailure()));
        }
        else
        {
            connectionString ??= $"Data Source={Path.Combine(DataDirectory.Resolve(builder.Configuration), name + ".db")}";
            builder.Services.AddDbContext<TContext, TSqlite>(o => o.UseSqlite(connectionString));
        }

        builder.Services.AddSingleton(new ServiceDatabase(name, typeof(TContext)));
        builder.Services.AddSingleton<OutboxSignals>();
        builder.Services.AddOptions<OutboxOptions>().BindConfiguration("Outbox");
        builder.Services.AddHostedService<OutboxRelay<TContext>>();
        builder.Services.AddHealthChecks().Add(new HealthCheckRegistration(
            $"db-{name}", sp => new DbContextHealthCheck<TContext>(sp), HealthStatus.Unhealthy, [HealthTags.Ready]));
        return builder;
    }
}
