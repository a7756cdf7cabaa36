using Microsoft.AspNetCore.Builder;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Rectify.ServiceDefaults.Health;
using Rectify.ServiceDefaults.Messaging.Outbox;

namespace Rectify.ServiceDefaults.Data;

public static class DatabaseExtensions
{
    /// <summary>
    /// Registers a service's DbContext on the configured provider. Each provider has its own derived
    /// context type so that its migrations live apart (Migrations/Sqlite, Migrations/SqlServer,
    /// Migrations/Postgres). The server providers retry transient failures (a restarted database);
    /// hand-opened transactions therefore go through <c>InTransactionAsync</c>.
    /// Configuration is read when the context is first resolved, so test hosts can override it.
    /// Also registers the database's outbox relay and readiness check.
    /// </summary>
    public static WebApplicationBuilder AddServiceDatabase<TContext, TSqlite, TSqlServer, TPostgres>(
        this WebApplicationBuilder builder, string name)
        where TContext : ServiceDbContext
        where TSqlite : TContext
        where TSqlServer : TContext
        where TPostgres : TContext
    {
        var services = builder.Services;
        services.AddDbContext<TSqlite>((sp, o) => o
            .UseSqlite(SqliteConnectionString(sp.GetRequiredService<IConfiguration>(), name),
                sqlite => sqlite.ExecutionStrategy(d => new SqliteRetryingExecutionStrategy(d)))
            .AddInterceptors(SqlitePragmas.Instance)
            // The schema names the service on SQL Server; on SQLite each service has its own file instead.
            .ConfigureWarnings(w => w.Ignore(SqliteEventId.SchemaConfiguredWarning)));
        services.AddDbContext<TSqlServer>((sp, o) => o.UseSqlServer(ServerConnectionString(sp.GetRequiredService<IConfiguration>(), name),
            sql => sql.MigrationsHistoryTable("__EFMigrationsHistory", name).EnableRetryOnFailure()));
        services.AddDbContext<TPostgres>((sp, o) => o.UseNpgsql(ServerConnectionString(sp.GetRequiredService<IConfiguration>(), name),
            pg => pg.MigrationsHistoryTable("__EFMigrationsHistory", name).EnableRetryOnFailure()));
        services.AddScoped<TContext>(sp => DatabaseOptions.ProviderOf(sp.GetRequiredService<IConfiguration>()) switch
        {
            DatabaseOptions.SqlServer => sp.GetRequiredService<TSqlServer>(),
            DatabaseOptions.Postgres => sp.GetRequiredService<TPostgres>(),
            _ => sp.GetRequiredService<TSqlite>(),
        });

        services.AddSingleton(new ServiceDatabase(name, typeof(TContext)));
        services.AddSingleton<OutboxSignals>();
        services.AddSingleton<IOutboxPublisher, BusOutboxPublisher>();
        services.AddOptions<OutboxOptions>().BindConfiguration("Outbox");
        services.AddHostedService<OutboxRelay<TContext>>();
        services.AddHealthChecks().Add(new HealthCheckRegistration(
            $"db-{name}", sp => new DbContextHealthCheck<TContext>(sp), HealthStatus.Unhealthy, [HealthTags.Ready]));
        return builder;
    }

    private static string SqliteConnectionString(IConfiguration configuration, string name) =>
        configuration.GetConnectionString(name)
        ?? $"Data Source={Path.Combine(DataDirectory.Resolve(configuration), name + ".db")}";

    private static string ServerConnectionString(IConfiguration configuration, string name) =>
        configuration.GetConnectionString(name) is { Length: > 0 } connectionString
            ? connectionString
            : throw new InvalidOperationException(
                $"ConnectionStrings:{name} is required when Database:Provider is {DatabaseOptions.ProviderOf(configuration)}.");
}
