using System.Net;
using System.Net.Http.Json;
using MassTransit.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Rectify.Contracts.Units;
using Rectify.Services.Tests.Support;
using Rectify.Units;
using Rectify.Units.Infrastructure;

namespace Rectify.Services.Tests.Units;

public sealed class Registering_a_unit : IDisposable
{
    private readonly ServiceFactory<Program> _units = new();

    [Fact]
    public async Task Publishes_UnitRegistered_through_the_outbox()
    {
        var client = await _units.CreateClient().SignedInAsync();

        var response = await client.PostAsJsonAsync("/api/units", new { name = "县科技局党组", shortName = "科技局", kind = "党组" });

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var harness = _units.Services.GetTestHarness();
        var published = (await Eventually.HoldsAsync(
            () => Task.FromResult(harness.Published.Select<UnitRegistered>().ToList()), p => p.Count > 0)).Single().Context.Message;
        Assert.Equal("县科技局党组", published.Name);
        Assert.Equal(1, published.Meta.Version);
        Assert.NotNull(published.Meta.Actor);
        var sent = await Eventually.HoldsAsync(() => Outbox(db => db.OutboxMessages.CountAsync(m => m.SentAt != null)), n => n == 1);
        Assert.Equal(1, sent);
    }

    [Fact]
    public async Task With_bad_input_names_each_field_and_writes_nothing()
    {
        var client = await _units.CreateClient().SignedInAsync();

        var response = await client.PostAsJsonAsync("/api/units", new { name = "", shortName = "科技局", kind = "委员会" });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<Microsoft.AspNetCore.Http.HttpValidationProblemDetails>();
        Assert.Contains("name", problem!.Errors.Keys);
        Assert.Contains("kind", problem.Errors.Keys);
        Assert.Equal(0, await Outbox(db => db.Units.CountAsync()));
        Assert.Equal(0, await Outbox(db => db.OutboxMessages.CountAsync()));
    }

    [Fact]
    public async Task Twice_is_a_conflict_and_publishes_once()
    {
        var client = await _units.CreateClient().SignedInAsync();
        var unit = new { name = "县审计局党组", shortName = "审计局", kind = "党组" };

        await client.PostAsJsonAsync("/api/units", unit);
        var second = await client.PostAsJsonAsync("/api/units", unit);

        Assert.Equal(HttpStatusCode.Conflict, second.StatusCode);
        Assert.Equal("application/problem+json", second.Content.Headers.ContentType?.MediaType);
        Assert.Equal(1, await Outbox(db => db.OutboxMessages.CountAsync()));
    }

    [Fact]
    public async Task Updating_raises_the_version_in_UnitUpdated()
    {
        var client = await _units.CreateClient().SignedInAsync();
        var created = await (await client.PostAsJsonAsync("/api/units", new { name = "县财政局党组", shortName = "财政局", kind = "党组" }))
            .Content.ReadFromJsonAsync<UnitView>();

        var updated = await client.PutAsJsonAsync($"/api/units/{created!.Id}", new { name = "县财政局党组", shortName = "县财政局", kind = "党组" });

        Assert.Equal(HttpStatusCode.OK, updated.StatusCode);
        var harness = _units.Services.GetTestHarness();
        var published = await Eventually.HoldsAsync(() => Task.FromResult(harness.Published.Select<UnitUpdated>().ToList()), p => p.Count > 0);
        Assert.Equal(2, published.Single().Context.Message.Meta.Version);
        Assert.Equal("县财政局", published.Single().Context.Message.ShortName);
    }

    [Fact]
    public async Task Requires_a_signed_in_caller()
    {
        var client = _units.CreateClient();

        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync("/api/units")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.PostAsJsonAsync("/api/units", new { name = "某单位", shortName = "某", kind = "党组" })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/alive")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health/ready")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/units/openapi.json")).StatusCode);
    }

    private sealed record UnitView(Guid Id, string Name, long Version);

    private async Task<T> Outbox<T>(Func<UnitsDbContext, Task<T>> query)
    {
        await using var scope = _units.Services.CreateAsyncScope();
        return await query(scope.ServiceProvider.GetRequiredService<UnitsDbContext>());
    }

    public void Dispose() => _units.Dispose();
}
