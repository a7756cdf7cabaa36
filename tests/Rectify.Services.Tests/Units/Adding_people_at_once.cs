using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Rectify.Services.Tests.Support;
using Rectify.Units;
using Rectify.Units.Infrastructure;

namespace Rectify.Services.Tests.Units;

/// <summary>Several administrators adding people to one unit at the same moment.</summary>
public sealed class Adding_people_at_once : IDisposable
{
    private const int Writers = 12;
    private readonly ServiceFactory<Program> _units = new();

    [Fact]
    public async Task Every_person_is_accepted_stored_and_registered_once()
    {
        var admin = await _units.CreateClient().SignedInAsync();
        var unit = await admin.UnitAsync("县科技局党组", await admin.JurisdictionAsync("南平市"), "科技局");

        var responses = await Task.WhenAll(Enumerable.Range(0, Writers).Select(i =>
            admin.PostAsJsonAsync($"/api/units/{unit}/people", new { name = $"干部{i:D2}", position = "科员" })));

        Assert.All(responses, r => Assert.Equal(HttpStatusCode.Created, r.StatusCode));
        await using var scope = _units.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<UnitsDbContext>();
        Assert.Equal(Writers, await db.People.CountAsync(p => p.UnitId == unit));
        Assert.Equal(Writers, await db.OutboxMessages.CountAsync(m => m.MessageType.EndsWith(".PersonRegistered")));
    }

    public void Dispose() => _units.Dispose();
}
