using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Security.Cryptography;
using MassTransit.Testing;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using Rectify.Contracts;
using Rectify.Contracts.Findings;
using Rectify.Contracts.Units;
using Rectify.ServiceDefaults.Auth;
using Rectify.Services.Tests.Support;
using Rectify.Tasks.Infrastructure;

namespace Rectify.Services.Tests.Tasks;

/// <summary>
/// The tasks service with units, people, an inspection and its findings known through its replicas
/// (published as the other services would), and clients signed with its key, with a person claim.
/// </summary>
public sealed class TasksHost : IDisposable
{
    public const string FuzhouOffice = "inspection_office|j:/p/fz/";

    private readonly ServiceFactory<Rectify.Tasks.Program> _base;
    private readonly WebApplicationFactory<Rectify.Tasks.Program> _factory;
    private readonly TestDatabase? _database;

    public TasksHost() : this(TestProvider.Sqlite) { }

    /// <param name="settings">Configuration for this host, e.g. ("Tasks:CloseOutLevels", "2").</param>
    public TasksHost(params (string Key, string Value)[] settings) : this(TestProvider.Sqlite, settings) { }

    public TasksHost(TestProvider provider, params (string Key, string Value)[] settings) : this(provider, null, settings) { }

    /// <param name="clock">A clock the test moves (e.g. past a deadline); the system clock when null.</param>
    public TasksHost(ManualClock clock, params (string Key, string Value)[] settings) : this(TestProvider.Sqlite, clock, settings) { }

    private TasksHost(TestProvider provider, ManualClock? clock, (string Key, string Value)[] settings)
    {
        _database = TestDatabase.For(provider);
        _base = new ServiceFactory<Rectify.Tasks.Program>(_database);
        _factory = _base.WithWebHostBuilder(b =>
        {
            foreach (var (key, value) in settings)
                b.UseSetting(key, value);
            if (clock is not null)
                b.ConfigureServices(s => s.Replace(ServiceDescriptor.Singleton<TimeProvider>(clock)));
        });
    }

    public ITestHarness Harness => _factory.Services.GetTestHarness();

    public IServiceProvider Services => _factory.Services;

    /// <summary>The host's RECTIFY_DATA_DIR.</summary>
    public string DataDirectory => _base.DataDirectory;

    public async Task<Guid> UnitAsync(string name, string jurisdictionPath)
    {
        var id = Guid.NewGuid();
        await Harness.Bus.Publish(new UnitRegistered(Meta(1), id, name, name, "党组", Guid.NewGuid(), jurisdictionPath, new ContactLine(null, null, null)));
        await Eventually.HoldsAsync(() => Db(db => db.Units.AnyAsync(u => u.UnitId == id)), known => known);
        return id;
    }

    public async Task<Guid> PersonAsync(Guid unitId, string name, long version = 1, Guid? id = null)
    {
        var personId = id ?? Guid.NewGuid();
        await Harness.Bus.Publish(new PersonRegistered(Meta(version), personId, unitId, null, name, "科长", new ContactChannels(null, null, null, null)));
        await Eventually.HoldsAsync(() => Db(db => db.People.AnyAsync(p => p.PersonId == personId && p.Version >= version)), known => known);
        return personId;
    }

    /// <summary>An inspection of the unit with one aspect and one issue under it; returns the issue.</summary>
    public async Task<(Guid Inspection, Guid Aspect, Guid Issue)> InspectionAsync(Guid unitId, string round = "十三届市委第一轮")
    {
        var inspection = Guid.NewGuid();
        var aspect = Guid.NewGuid();
        var issue = Guid.NewGuid();
        await Harness.Bus.Publish(new InspectionRegistered(Meta(1), inspection, unitId, "xuncha", "市委", "市委第三巡察组", round, "常规",
            new DateOnly(2026, 3, 2), new DateOnly(2026, 4, 30)));
        await Harness.Bus.Publish(new FindingRecorded(Meta(2), aspect, inspection, unitId, null, 1, "一", "贯彻落实新时代党的组织路线存在薄弱环节", false, null));
        await Harness.Bus.Publish(new FindingRecorded(Meta(3), issue, inspection, unitId, aspect, 2, "1", "民主集中制执行不到位", false, null));
        await Eventually.HoldsAsync(() => Db(db => db.Findings.CountAsync(f => f.InspectionId == inspection)), n => n == 2);
        await Eventually.HoldsAsync(() => Db(db => db.Inspections.AnyAsync(i => i.InspectionId == inspection && i.RegistrationVersion == 1)), known => known);
        return (inspection, aspect, issue);
    }

    public HttpClient As(Guid? person, params string[] grants)
    {
        var client = _factory.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", Sign(TestTokens.KeyOf(_base.DataDirectory), person, grants));
        return client;
    }

    public HttpClient As(params string[] grants) => As(null, grants);

    public HttpClient Anonymous() => _factory.CreateClient();

    /// <summary>A client whose token carries <paramref name="name"/> as the display name (what the audit trail records).</summary>
    public HttpClient AsNamed(string name, params string[] grants)
    {
        var client = _factory.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", Sign(TestTokens.KeyOf(_base.DataDirectory), null, grants, name));
        return client;
    }

    public async Task<T> Db<T>(Func<TasksDbContext, Task<T>> read)
    {
        using var scope = _factory.Services.CreateScope();
        return await read(scope.ServiceProvider.GetRequiredService<TasksDbContext>());
    }

    public async Task<List<T>> PublishedAsync<T>(Func<List<T>, bool> until) where T : class =>
        await Eventually.HoldsAsync(() => Task.FromResult(Harness.Published.Select<T>().Select(p => p.Context.Message).ToList()), until);

    public static EventMeta Meta(long version) => EventMeta.New(version, "test", DateTimeOffset.UtcNow);

    public static async Task<Guid> CreatedIdAsync(HttpResponseMessage response)
    {
        if (!response.IsSuccessStatusCode)
            throw new InvalidOperationException($"{(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        return (await response.Content.ReadFromJsonAsync<IdOnly>())!.Id;
    }

    private sealed record IdOnly(Guid Id);

    private static string Sign(RSA key, Guid? person, string[] grants, string? name = null)
    {
        var claims = new Dictionary<string, object>
        {
            [RectifyClaims.Subject] = Guid.NewGuid().ToString(),
            [RectifyClaims.Name] = name ?? (person is null ? "test" : $"person {person}"),
            [RectifyClaims.Grant] = grants,
            [RectifyClaims.Role] = grants.Select(g => g.Split('|')[0]).Distinct().ToArray(),
        };
        if (person is { } id)
            claims[RectifyClaims.Person] = id.ToString();
        return new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = AuthOptions.Issuer, Audience = AuthOptions.Audience, Expires = DateTime.UtcNow.AddMinutes(10), Claims = claims,
            SigningCredentials = new SigningCredentials(new RsaSecurityKey(key), SecurityAlgorithms.RsaSha256),
        });
    }

    public void Dispose()
    {
        _factory.Dispose();
        _base.Dispose();
        _database?.Dispose();
    }
}
