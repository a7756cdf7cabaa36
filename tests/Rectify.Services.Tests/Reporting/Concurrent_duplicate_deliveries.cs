using System.Net.Http.Json;
using MassTransit;
using MassTransit.Testing;
using Microsoft.EntityFrameworkCore;
using Rectify.Contracts.Units;
using Rectify.Services.Tests.Support;

namespace Rectify.Services.Tests.Reporting;

/// <summary>
/// The broker delivers one event to two replicas at the same moment (a redelivery after a lost ack, say).
/// Both run the consumer; the inbox key lets one commit and the other's retry finds the row: applied once.
/// </summary>
public abstract class Concurrent_duplicate_deliveries : IDisposable
{
    private readonly ReportingHost _first;
    private readonly ReportingHost _second;

    protected Concurrent_duplicate_deliveries(TestProvider provider)
    {
        _first = new ReportingHost(provider: provider);
        _second = new ReportingHost(replicaOf: _first);
    }

    [Fact]
    public async Task Apply_once_whichever_replica_commits_first()
    {
        const int units = 40;
        var events = Enumerable.Range(0, units).Select(i => TestEvents.Registered(Guid.NewGuid(), $"县第{i}局党组", $"第{i}局")).ToList();

        await Task.WhenAll(events.SelectMany(e => new[] { _first.Harness.Bus.Publish(e), _second.Harness.Bus.Publish(e) }));

        // Each replica has run every delivery to the end (the harness records a message once it passed every consumer).
        foreach (var host in new[] { _first, _second })
            Assert.True(await Eventually.HoldsAsync(() => Task.FromResult(host.Harness.Consumed.Select<UnitRegistered>().Count()), n => n >= units) >= units,
                "a replica did not finish its deliveries");
        foreach (var host in new[] { _first, _second })
            Assert.False(await host.Harness.Published.Any<Fault<UnitRegistered>>(), Faults.Describe(host.Harness));
        Assert.Equal(units, await _first.Db(db => db.Units.CountAsync()));
        Assert.Equal(units * 2, await _first.Db(db => db.InboxMessages.CountAsync())); // two consumers of UnitRegistered, once each
        var count = (await _first.As("inspection_office|j:/p/").GetFromJsonAsync<UnitCount>("/api/reports/units/count"))!;
        Assert.Equal((units, units), (count.Units, count.RegisteredEventsApplied));
    }

    private sealed record UnitCount(long Units, long RegisteredEventsApplied);

    public void Dispose()
    {
        _second.Dispose();
        _first.Dispose();
    }
}

public sealed class Concurrent_duplicate_deliveries_on_SQLite() : Concurrent_duplicate_deliveries(TestProvider.Sqlite);

public sealed class Concurrent_duplicate_deliveries_on_PostgreSQL() : Concurrent_duplicate_deliveries(TestProvider.Postgres);
