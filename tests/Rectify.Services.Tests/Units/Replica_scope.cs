using System.Net.Http.Headers;
using System.Net.Http.Json;
using MassTransit.Testing;
using Microsoft.Extensions.DependencyInjection;
using Rectify.Contracts;
using Rectify.Contracts.Units;
using Rectify.Services.Tests.Support;

namespace Rectify.Services.Tests.Units;

/// <summary>Another service scopes by its own copy of the units, with the same grants in the token.</summary>
public sealed class Replica_scope : IDisposable
{
    private readonly ServiceFactory<Rectify.Findings.Program> _findings = new();

    [Fact]
    public async Task Findings_shows_each_caller_exactly_the_units_their_grants_cover()
    {
        var a = Guid.NewGuid();
        var b = Guid.NewGuid();
        var harness = _findings.Services.GetTestHarness();
        await harness.Bus.Publish(Registered(a, "台江区司法局", "/p/fz/tj/"));
        await harness.Bus.Publish(Registered(b, "厦门市水利局", "/p/xm/"));
        var key = TestTokens.KeyOf(_findings.DataDirectory);
        await Eventually.HoldsAsync(() => UnitsSeenWith(TestTokens.Sign(key, "admin|*")), u => u.Count == 2);

        Assert.Equal([a], await UnitsSeenWith(TestTokens.Sign(key, $"unit_coordinator|u:{a}")));
        Assert.Equal([a], await UnitsSeenWith(TestTokens.Sign(key, "inspection_office|j:/p/fz/")));
        Assert.Equal(new[] { a, b }.Order(), (await UnitsSeenWith(TestTokens.Sign(key, "inspection_office|j:/p/"))).Order());
        Assert.Empty(await UnitsSeenWith(TestTokens.Sign(key, $"viewer|u:{Guid.NewGuid()}")));
    }

    private static UnitRegistered Registered(Guid id, string name, string path) =>
        new(EventMeta.New(1, "test", DateTimeOffset.UtcNow), id, name, name, "党组", Guid.NewGuid(), path, new ContactLine(null, null, null));

    private async Task<List<Guid>> UnitsSeenWith(string token)
    {
        var client = _findings.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return [.. (await client.GetFromJsonAsync<List<Seen>>("/api/findings/units"))!.Select(u => u.Id)];
    }

    private sealed record Seen(Guid Id);

    public void Dispose() => _findings.Dispose();
}
