using System.Net;
using System.Net.Http.Json;
using MassTransit.Testing;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Rectify.Contracts.Units;
using Rectify.Services.Tests.Support;
using Rectify.Units.Apis;
using Rectify.Units.Infrastructure;

namespace Rectify.Services.Tests.Units;

/// <summary>A unit's first responsible person (第一责任人): set over the unit by its office or an administrator, one of its people, published.</summary>
public sealed class Setting_the_first_responsible_person : IAsyncLifetime
{
    private ScopedDirectory _dir = null!;

    private static string Path(Guid unit) => $"/api/units/{unit}/first-responsible-person";

    private async Task<T> Db<T>(Func<UnitsDbContext, Task<T>> read)
    {
        using var scope = _dir.Units.Services.CreateScope();
        return await read(scope.ServiceProvider.GetRequiredService<UnitsDbContext>());
    }

    private Task<int> EventsAsync() => Db(db => db.OutboxMessages.CountAsync(m => m.MessageType.EndsWith(nameof(FirstResponsiblePersonAssigned))));

    [Fact]
    public async Task The_office_over_the_unit_sets_it_and_it_is_published_with_the_unit_version()
    {
        var secretary = await _dir.Admin.PersonAsync(_dir.UnitA, "林书记", "党组书记、局长");
        var before = await _dir.OfficeFuzhou.GetAsync($"/api/units/{_dir.UnitA}");
        var version = (await before.Content.ReadFromJsonAsync<UnitResponse>())!.Version;
        Assert.Equal($"\"{version}\"", before.Headers.ETag?.Tag);

        var request = new HttpRequestMessage(HttpMethod.Put, Path(_dir.UnitA)) { Content = JsonContent.Create(new { personId = secretary }) };
        request.Headers.TryAddWithoutValidation("If-Match", $"\"{version}\"");
        var response = await _dir.OfficeFuzhou.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var unit = (await response.Content.ReadFromJsonAsync<UnitResponse>())!;
        Assert.Equal((secretary, version + 1), (unit.FirstResponsiblePersonId, unit.Version));
        Assert.Equal(secretary, (await _dir.Admin.GetFromJsonAsync<UnitResponse>($"/api/units/{_dir.UnitA}"))!.FirstResponsiblePersonId);
        var harness = _dir.Units.Services.GetTestHarness();
        var published = (await Eventually.HoldsAsync(
            () => Task.FromResult(harness.Published.Select<FirstResponsiblePersonAssigned>().Select(p => p.Context.Message).ToList()), p => p.Count > 0)).Single();
        Assert.Equal((_dir.UnitA, (Guid?)secretary, version + 1), (published.UnitId, published.PersonId, published.Meta.Version));

        // Clearing it is a change too.
        var cleared = await _dir.Admin.PutAsJsonAsync(Path(_dir.UnitA), new { personId = (Guid?)null });
        Assert.Null((await cleared.Content.ReadFromJsonAsync<UnitResponse>())!.FirstResponsiblePersonId);
        Assert.Equal(2, await EventsAsync());
    }

    [Fact]
    public async Task A_person_of_another_unit_is_a_400_naming_the_field_and_nothing_is_written()
    {
        var version = (await _dir.Admin.GetFromJsonAsync<UnitResponse>($"/api/units/{_dir.UnitA}"))!.Version;

        foreach (var person in new[] { _dir.PersonB, Guid.NewGuid() })
        {
            var response = await _dir.Admin.PutAsJsonAsync(Path(_dir.UnitA), new { personId = person });
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            Assert.Contains("personId", (await response.Content.ReadFromJsonAsync<HttpValidationProblemDetails>())!.Errors.Keys);
        }
        var unit = (await _dir.Admin.GetFromJsonAsync<UnitResponse>($"/api/units/{_dir.UnitA}"))!;
        Assert.Equal((null, version), (unit.FirstResponsiblePersonId, unit.Version));
        Assert.Equal(0, await EventsAsync());
    }

    [Fact]
    public async Task The_units_own_coordinator_may_not_and_a_stale_If_Match_is_a_412()
    {
        var person = await _dir.Admin.PersonAsync(_dir.UnitA, "陈书记", "党组书记");

        var coordinator = await _dir.CoordinatorA.PutAsJsonAsync(Path(_dir.UnitA), new { personId = person });
        Assert.Equal(HttpStatusCode.Forbidden, coordinator.StatusCode);
        var outOfScope = await _dir.OfficeFuzhou.PutAsJsonAsync(Path(_dir.UnitB), new { personId = _dir.PersonB });
        Assert.Equal(HttpStatusCode.NotFound, outOfScope.StatusCode); // 厦门's unit is not the 福州 office's to see

        var stale = new HttpRequestMessage(HttpMethod.Put, Path(_dir.UnitA)) { Content = JsonContent.Create(new { personId = person }) };
        stale.Headers.TryAddWithoutValidation("If-Match", "\"999\"");
        Assert.Equal(HttpStatusCode.PreconditionFailed, (await _dir.Admin.SendAsync(stale)).StatusCode);
        Assert.Null((await _dir.Admin.GetFromJsonAsync<UnitResponse>($"/api/units/{_dir.UnitA}"))!.FirstResponsiblePersonId);
        Assert.Equal(0, await EventsAsync());
    }

    public async Task InitializeAsync() => _dir = await new ScopedDirectory().BuildAsync();

    public async Task DisposeAsync() => await _dir.DisposeAsync();
}
