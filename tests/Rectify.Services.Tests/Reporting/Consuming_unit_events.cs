using System.Net.Http.Json;
using MassTransit.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Rectify.Contracts;
using Rectify.Contracts.Units;
using Rectify.Reporting;
using Rectify.Reporting.Infrastructure;
using Rectify.Services.Tests.Support;

namespace Rectify.Services.Tests.Reporting;

public sealed class Consuming_unit_events : IDisposable
{
    private readonly ServiceFactory<Program> _reporting = new();

    [Fact]
    public async Task A_redelivered_event_counts_once()
    {
        var harness = _reporting.Services.GetTestHarness();
        var registered = TestEvents.Registered(Guid.NewGuid(), "县科技局党组", "科技局");

        await harness.Bus.Publish(registered);
        await harness.Bus.Publish(registered);

        // The harness records a delivery once it has passed every consumer on the service's endpoint.
        await Eventually.HoldsAsync(() => Task.FromResult(ConsumedCount(harness, registered.Meta.EventId)), n => n >= 2);
        Assert.Equal(1, (await _reporting.CreateClient().GetFromJsonAsync<Count>("/public/summary"))!.Units);
        Assert.Equal(1, await Query(db => db.Units.CountAsync()));
        Assert.Equal(2, await Query(db => db.InboxMessages.CountAsync()));
    }

    [Fact]
    public async Task A_unit_replayed_by_a_rebuild_after_its_live_registration_is_one_unit_in_the_figures()
    {
        using var host = new ReportingHost();
        var live = TestEvents.Registered(Guid.NewGuid(), "县财政局党组", "财政局");
        // The units service's republished copy: same unit and version, a new event id.
        var replayed = live with { Meta = live.Meta with { EventId = Guid.NewGuid() } };

        await host.FeedAsync(live, replayed);

        Assert.Equal(1, (await host.Anonymous.GetFromJsonAsync<Count>("/public/summary"))!.Units);
        var count = (await host.As("inspection_office|j:/p/").GetFromJsonAsync<UnitCount>("/api/reports/units/count"))!;
        Assert.Equal((1, 2), (count.Units, count.RegisteredEventsApplied));
    }

    [Fact]
    public async Task An_older_update_arriving_late_is_ignored()
    {
        var harness = _reporting.Services.GetTestHarness();
        var unitId = Guid.NewGuid();
        var now = DateTimeOffset.UtcNow;

        await harness.Bus.Publish(TestEvents.Registered(unitId, "县审计局党组", "审计局", 1, now));
        await harness.Bus.Publish(TestEvents.Updated(unitId, "县审计局党组", "县审计局", 3, now));
        await harness.Bus.Publish(TestEvents.Updated(unitId, "县审计局党组", "旧简称", 2, now));

        await Eventually.HoldsAsync(() => Query(db => db.InboxMessages.CountAsync()), n => n == 4);
        var replica = await Query(db => db.Units.SingleAsync(u => u.UnitId == unitId));
        Assert.Equal(3, replica.Version);
        Assert.Equal("县审计局", replica.ShortName);
    }

    private static int ConsumedCount(ITestHarness harness, Guid eventId) =>
        harness.Consumed.Select<UnitRegistered>(m => m.Context.Message.Meta.EventId == eventId).Count();

    private sealed record Count(long Units);
    private sealed record UnitCount(long Units, long RegisteredEventsApplied);

    private async Task<T> Query<T>(Func<ReportingDbContext, Task<T>> query)
    {
        await using var scope = _reporting.Services.CreateAsyncScope();
        return await query(scope.ServiceProvider.GetRequiredService<ReportingDbContext>());
    }

    public void Dispose() => _reporting.Dispose();
}
