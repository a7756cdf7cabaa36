using MassTransit.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Rectify.Contracts;
using Rectify.Contracts.Reporting;
using Rectify.Contracts.Units;
using Rectify.Services.Tests.Support;
using Rectify.Units;
using Rectify.Units.Infrastructure;

namespace Rectify.Services.Tests.Units;

/// <summary>The units service's answer to reporting's rebuild request: every unit and person at its current version, then the count.</summary>
public sealed class Republishing_for_a_rebuild : IDisposable
{
    private readonly ServiceFactory<Program> _units = new();

    public void Dispose() => _units.Dispose();

    [Fact]
    public async Task Every_unit_and_person_comes_back_at_its_current_version_with_a_new_id()
    {
        var admin = await _units.CreateClient().SignedInAsync();
        var city = await admin.JurisdictionAsync("南平市");
        var unit = await admin.UnitAsync("县科技局党组", city, "科技局");
        var other = await admin.UnitAsync("县审计局党组", city, "审计局");
        var person = await admin.PersonAsync(unit, "张三", "科长");
        var harness = _units.Services.GetTestHarness();
        var live = await Eventually.HoldsAsync(() => Task.FromResult(harness.Published.Select<UnitRegistered>().Select(p => p.Context.Message.Meta.EventId).ToList()),
            ids => ids.Count == 2);

        var request = new ReadModelRebuildRequested(EventMeta.New(1, "admin-1", DateTimeOffset.UtcNow), Guid.NewGuid());
        await harness.Bus.Publish(request);
        var done = (await Eventually.HoldsAsync(() => Task.FromResult(harness.Published.Select<ReadModelStateRepublished>().Select(p => p.Context.Message).ToList()),
            l => l.Count == 1)).Single();

        var units = harness.Published.Select<UnitRegistered>().Select(p => p.Context.Message).Where(m => m.Meta.Actor == "admin-1").ToList();
        var people = harness.Published.Select<PersonRegistered>().Select(p => p.Context.Message).Where(m => m.Meta.Actor == "admin-1").ToList();
        Assert.Equal((request.RequestId, "units", 3), (done.RequestId, done.Service, done.Count));
        Assert.Equal([unit, other], units.Select(u => u.UnitId).OrderBy(id => id == unit ? 0 : 1));
        Assert.Equal(new[] { "县科技局党组", "县审计局党组" }.Order(), units.Select(u => u.Name).Order());
        Assert.DoesNotContain(units, u => live.Contains(u.Meta.EventId));
        var versions = await Db(db => db.Units.ToDictionaryAsync(u => u.Id, u => u.Version));
        Assert.All(units, u => Assert.Equal(versions[u.UnitId], u.Meta.Version));
        var p = Assert.Single(people);
        Assert.Equal((person, unit, "张三", 1L), (p.PersonId, p.UnitId, p.Name, p.Meta.Version));

        // The same request again (a redelivery) republishes nothing.
        await harness.Bus.Publish(request);
        await harness.RedeliveredAsync(request);
        Assert.Equal(1, await Db(db => db.OutboxMessages.CountAsync(m => m.MessageType.EndsWith("." + nameof(ReadModelStateRepublished)))));
        Assert.Equal(units.Count + live.Count, await Db(db => db.OutboxMessages.CountAsync(m => m.MessageType.EndsWith("." + nameof(UnitRegistered)))));
    }

    private async Task<T> Db<T>(Func<UnitsDbContext, Task<T>> read)
    {
        using var scope = _units.Services.CreateScope();
        return await read(scope.ServiceProvider.GetRequiredService<UnitsDbContext>());
    }
}
