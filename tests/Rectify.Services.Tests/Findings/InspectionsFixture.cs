using System.Net.Http.Headers;
using System.Net.Http.Json;
using MassTransit.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Rectify.Contracts;
using Rectify.Contracts.Units;
using Rectify.Findings.Infrastructure;
using Rectify.Services.Tests.Support;

namespace Rectify.Services.Tests.Findings;

/// <summary>The findings service with units known through its replica, and clients signed with its key.</summary>
public sealed class FindingsHost : IDisposable
{
    public const string FuzhouOffice = "inspection_office|j:/p/fz/";

    private readonly ServiceFactory<Rectify.Findings.Program> _factory = new();

    public ITestHarness Harness => _factory.Services.GetTestHarness();

    public IServiceProvider Services => _factory.Services;

    public string DataDirectory => _factory.DataDirectory;

    public HttpClient Anonymous() => _factory.CreateClient();

    /// <summary>Publishes UnitRegistered as the units service would and waits for the replica.</summary>
    public async Task<Guid> UnitAsync(string name, string jurisdictionPath)
    {
        var id = Guid.NewGuid();
        await Harness.Bus.Publish(new UnitRegistered(EventMeta.New(1, "test", DateTimeOffset.UtcNow), id, name, name, "党组",
            Guid.NewGuid(), jurisdictionPath, new ContactLine(null, null, null)));
        await Eventually.HoldsAsync(() => Db(db => db.Units.AnyAsync(u => u.UnitId == id)), known => known);
        return id;
    }

    public HttpClient As(params string[] grants)
    {
        var client = _factory.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer",
            TestTokens.Sign(TestTokens.KeyOf(_factory.DataDirectory), grants));
        return client;
    }

    public async Task<T> Db<T>(Func<FindingsDbContext, Task<T>> read)
    {
        using var scope = _factory.Services.CreateScope();
        return await read(scope.ServiceProvider.GetRequiredService<FindingsDbContext>());
    }

    public async Task<List<T>> PublishedAsync<T>(Func<List<T>, bool> until) where T : class =>
        await Eventually.HoldsAsync(() => Task.FromResult(Harness.Published.Select<T>().Select(p => p.Context.Message).ToList()), until);

    public static object Inspection(Guid unitId) => new
    {
        unitId, kind = "xuncha", issuer = "市委", team = "市委第三巡察组", round = "十三届市委第一轮", type = "常规",
        onSiteStart = "2026-03-02", onSiteEnd = "2026-04-30",
    };

    /// <summary>A unit in Fuzhou and an inspection of it, registered by Fuzhou's inspection office.</summary>
    public async Task<(HttpClient Office, Guid InspectionId)> InspectionAsync(string unitName, string jurisdictionPath)
    {
        var unit = await UnitAsync(unitName, jurisdictionPath);
        var office = As(FuzhouOffice);
        return (office, await CreatedIdAsync(await office.PostAsJsonAsync("/api/findings/inspections", Inspection(unit))));
    }

    public static async Task<Guid> RecordAsync(
        HttpClient client, Guid inspection, Guid? parentId, int level, string ordinal, string title, bool immediateFix = false)
    {
        var response = await client.PostAsJsonAsync($"/api/findings/inspections/{inspection}/findings",
            new { parentId, level, ordinal, title, immediateFix });
        Assert.Equal(System.Net.HttpStatusCode.Created, response.StatusCode);
        return await CreatedIdAsync(response);
    }

    public static async Task<Guid> CreatedIdAsync(HttpResponseMessage response)
    {
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<Created>())!.Id;
    }

    private sealed record Created(Guid Id);

    public void Dispose() => _factory.Dispose();
}
