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

        var city = await client.JurisdictionAsync("南平市");

        var response = await client.PostAsJsonAsync("/api/units", new { name = "县科技局党组", shortName = "科技局", kind = "党组", jurisdictionId = city });

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var harness = _units.Services.GetTestHarness();
        var published = (await Eventually.HoldsAsync(
            () => Task.FromResult(harness.Published.Select<UnitRegistered>().ToList()), p => p.Count > 0)).Single().Context.Message;
        Assert.Equal("县科技局党组", published.Name);
        Assert.Equal(1, published.Meta.Version);
        Assert.NotNull(published.Meta.Actor);
        var sent = await Eventually.HoldsAsync(() => Outbox(db => db.OutboxMessages.CountAsync(m => m.SentAt != null)), n => n == 2);
        Assert.Equal(2, sent); // the jurisdiction's event and the unit's
    }

    [Fact]
    public async Task The_jurisdiction_list_carries_the_path_grants_and_rules_are_matched_by()
    {
        var client = await _units.CreateClient().SignedInAsync();
        var province = await client.JurisdictionAsync("福建省", "province");
        var city = await client.JurisdictionAsync("南平市", parentId: province);

        var listed = await client.GetFromJsonAsync<List<JurisdictionRow>>("/api/units/jurisdictions");

        Assert.Equal($"/{province:N}/{city:N}/", Assert.Single(listed!, j => j.Id == city).Path);
        Assert.Equal($"/{province:N}/", Assert.Single(listed!, j => j.Id == province).Path);
    }

    private sealed record JurisdictionRow(Guid Id, string Path);

    [Fact]
    public async Task With_bad_input_names_each_field_and_writes_nothing()
    {
        var client = await _units.CreateClient().SignedInAsync();

        var response = await client.PostAsJsonAsync("/api/units", new { name = "", shortName = "科技局", kind = "委员会", jurisdictionId = Guid.NewGuid() });

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
        var unit = new { name = "县审计局党组", shortName = "审计局", kind = "党组", jurisdictionId = await client.JurisdictionAsync("南平市") };

        await client.PostAsJsonAsync("/api/units", unit);
        var second = await client.PostAsJsonAsync("/api/units", unit);

        Assert.Equal(HttpStatusCode.Conflict, second.StatusCode);
        Assert.Equal("application/problem+json", second.Content.Headers.ContentType?.MediaType);
        Assert.Equal(1, await Outbox(db => db.OutboxMessages.CountAsync(m => m.MessageType.EndsWith("UnitRegistered"))));
    }

    [Fact]
    public async Task In_an_unknown_jurisdiction_names_the_field_and_writes_nothing()
    {
        var client = await _units.CreateClient().SignedInAsync();

        var response = await client.PostAsJsonAsync("/api/units", new { name = "县林业局党组", shortName = "林业局", kind = "党组", jurisdictionId = Guid.NewGuid() });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("jurisdictionId", (await response.Content.ReadFromJsonAsync<Microsoft.AspNetCore.Http.HttpValidationProblemDetails>())!.Errors.Keys);
        Assert.Equal(0, await Outbox(db => db.Units.CountAsync()));
    }

    [Fact]
    public async Task Updating_raises_the_version_in_UnitUpdated()
    {
        var client = await _units.CreateClient().SignedInAsync();
        var city = await client.JurisdictionAsync("南平市");
        var id = await client.UnitAsync("县财政局党组", city, "财政局");

        var updated = await client.PutAsJsonAsync($"/api/units/{id}", new { name = "县财政局党组", shortName = "县财政局", kind = "党组", jurisdictionId = city });

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
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.PostAsJsonAsync("/api/units", new { name = "某单位", shortName = "某", kind = "党组", jurisdictionId = Guid.NewGuid() })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/alive")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health/ready")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/units/openapi.json")).StatusCode);
    }

    private async Task<T> Outbox<T>(Func<UnitsDbContext, Task<T>> query)
    {
        await using var scope = _units.Services.CreateAsyncScope();
        return await query(scope.ServiceProvider.GetRequiredService<UnitsDbContext>());
    }

    public void Dispose() => _units.Dispose();
}
