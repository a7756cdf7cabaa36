using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Rectify.Contracts;
using Rectify.Contracts.Units;
using Rectify.Reporting.Infrastructure;
using Rectify.ServiceDefaults.Messaging.Outbox;
using Rectify.Services.Tests.Support;

namespace Rectify.Services.Tests.Outbox;

/// <summary>A real, migrated database (a SQLite file, or PostgreSQL) with relays that can be started and stopped at will.</summary>
public sealed class RelayFixture : IAsyncDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("rectify-relay-").FullName;
    private readonly ServiceProvider _services;
    private readonly List<OutboxRelay<ReportingDbContext>> _running = [];
    private readonly TestDatabase? _database;

    public RelayFixture(TestProvider provider = TestProvider.Sqlite)
    {
        var services = new ServiceCollection();
        _database = TestDatabase.For(provider);
        if (_database is { } server)
            services.AddDbContext<ReportingDbContext, ReportingPostgresDbContext>(o => o.UseNpgsql(server.ConnectionString,
                pg => pg.MigrationsHistoryTable("__EFMigrationsHistory", "reporting").EnableRetryOnFailure()));
        else
            services.AddDbContext<ReportingDbContext, ReportingSqliteDbContext>(o => o.UseSqlite($"Data Source={Path.Combine(_folder, "relay.db")}"));
        services.AddSingleton<OutboxSignals>();
        _services = services.BuildServiceProvider();
    }

    public ManualClock Clock { get; } = new(new DateTimeOffset(2026, 3, 2, 9, 0, 0, TimeSpan.Zero));
    public FakePublisher Publisher { get; } = new();

    public async Task<List<UnitRegistered>> WriteAsync(params string[] aggregates)
    {
        await using var scope = _services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ReportingDbContext>();
        await db.Database.MigrateAsync();
        var events = aggregates.Select(a => TestEvents.Registered(Deterministic(a), a, a, at: Clock.GetUtcNow())).ToList();
        foreach (var e in events)
            db.Publish(e);
        await db.SaveChangesAsync();
        return events;
    }

    public async Task<OutboxRelay<ReportingDbContext>> StartRelayAsync(IOutboxPublisher? publisher = null)
    {
        var relay = new OutboxRelay<ReportingDbContext>(
            _services.GetRequiredService<IServiceScopeFactory>(), publisher ?? Publisher, _services.GetRequiredService<OutboxSignals>(), Clock,
            Options.Create(new OutboxOptions { PollInterval = TimeSpan.FromMilliseconds(20) }), NullLogger<OutboxRelay<ReportingDbContext>>.Instance);
        await relay.StartAsync(CancellationToken.None);
        _running.Add(relay);
        return relay;
    }

    public async Task<List<OutboxMessage>> RowsAsync()
    {
        await using var scope = _services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<ReportingDbContext>().OutboxMessages.AsNoTracking().OrderBy(m => m.Id).ToListAsync();
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var relay in _running)
            await relay.StopAsync(CancellationToken.None);
        await _services.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
        _database?.Dispose();
    }

    // Same aggregate name, same unit id: lets a test write several events of one aggregate.
    private static Guid Deterministic(string name) =>
        new(System.Security.Cryptography.MD5.HashData(System.Text.Encoding.UTF8.GetBytes(name)));
}
