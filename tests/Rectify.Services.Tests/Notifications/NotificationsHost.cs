using System.Net.Http.Headers;
using MassTransit;
using MassTransit.Testing;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using Rectify.Contracts;
using Rectify.Contracts.Findings;
using Rectify.Contracts.Units;
using Rectify.Notifications.Infrastructure;
using Rectify.Notifications.Model;
using Rectify.Notifications.Scheduling;
using Rectify.Notifications.Sending;
using Rectify.ServiceDefaults.Auth;
using Rectify.Services.Tests.Support;

namespace Rectify.Services.Tests.Notifications;

/// <summary>
/// The notifications service on a manual clock with the background sweeper off: tests move the clock
/// and sweep by hand. A second host can share the first one's database (two instances, one SQLite file).
/// </summary>
public sealed class NotificationsHost : IDisposable
{
    public static readonly Guid Jurisdiction = Guid.Parse("0195f2a0-0000-7000-8000-0000000000aa");
    public static readonly string JurisdictionPath = $"/{Guid.Parse("0195f2a0-0000-7000-8000-000000000001"):N}/{Jurisdiction:N}/";

    private readonly ServiceFactory<Rectify.Notifications.Program> _root;
    private readonly WebApplicationFactory<Rectify.Notifications.Program> _factory;
    private readonly TestDatabase? _ownDatabase;

    /// <param name="start">The clock's start (UTC).</param>
    /// <param name="shareWith">Another host whose database this one uses.</param>
    /// <param name="smtp">Send e-mail to RECTIFY_SMTP; off elsewhere, so other tests do not depend on maildev.</param>
    /// <param name="settings">More configuration (e.g. an SMTP server of the test's own).</param>
    /// <param name="provider">The database; a host that shares another's uses that one's.</param>
    /// <param name="loopbackWebhooks">Trust http://127.0.0.1 (any port) as a webhook origin, where the tests' receivers listen.</param>
    public NotificationsHost(
        DateTimeOffset start, NotificationsHost? shareWith = null, bool smtp = false, IReadOnlyDictionary<string, string>? settings = null,
        TestProvider provider = TestProvider.Sqlite, bool loopbackWebhooks = true)
    {
        Database = shareWith is null ? _ownDatabase = TestDatabase.For(provider) : shareWith.Database;
        _root = new ServiceFactory<Rectify.Notifications.Program>(Database);
        Clock = new ManualClock(start);
        var dataDirectory = shareWith?.DataDirectory ?? _root.DataDirectory;
        DataDirectory = dataDirectory;
        _factory = _root.WithWebHostBuilder(b =>
        {
            b.UseSetting("RECTIFY_DATA_DIR", dataDirectory);
            b.UseSetting("Notifications:Sweep:Enabled", "false");
            b.UseSetting("Notifications:Sweep:FirstRetry", "00:01:00");
            b.UseSetting("Notifications:Sweep:MaxAttempts", "4");
            if (loopbackWebhooks)
                b.UseSetting("Notifications:Webhooks:AllowedHosts:0", "http://127.0.0.1");
            if (smtp && Environment.GetEnvironmentVariable("RECTIFY_SMTP") is { Length: > 0 } url)
                b.UseSetting("Notifications:Smtp:Url", url);
            foreach (var (key, value) in settings ?? new Dictionary<string, string>())
                b.UseSetting(key, value);
            b.ConfigureServices(s => s.AddSingleton<TimeProvider>(Clock));
        });
        _ = _factory.Server; // start: migrations run, the bus starts
    }

    public ManualClock Clock { get; }

    public HttpClient Anonymous() => _factory.CreateClient();
    public string DataDirectory { get; }
    public TestDatabase? Database { get; }
    public IServiceProvider Services => _factory.Services;
    public ITestHarness Harness => _factory.Services.GetTestHarness();

    public void SetLocal(int year, int month, int day, int hour, int minute = 0)
    {
        var target = new DateTimeOffset(year, month, day, hour, minute, 0, TimeSpan.FromHours(8));
        Clock.Advance(target - Clock.GetUtcNow());
    }

    /// <summary>Publishes an event as its owning service would and waits until this service applied it (its inbox row).</summary>
    public async Task PublishAsync<T>(T message) where T : class, IIntegrationEvent
    {
        await Harness.Bus.Publish(message);
        var id = message.Meta.EventId;
        Assert.True(await Eventually.HoldsAsync(() => Db(db => db.InboxMessages.AnyAsync(m => m.MessageId == id)), applied => applied),
            $"{typeof(T).Name} was not applied; {Faults.Describe(Harness)}");
    }

    public async Task<Guid> UnitAsync(string name)
    {
        var id = Guid.NewGuid();
        await PublishAsync(new UnitRegistered(Meta(1), id, name, name, "党组", Jurisdiction, JurisdictionPath, new ContactLine(null, null, null)));
        return id;
    }

    public async Task<Guid> PersonAsync(Guid unitId, string name, string position, string? email = null, string? mobile = null, Guid? id = null)
    {
        var personId = id ?? Guid.NewGuid();
        await PublishAsync(new PersonRegistered(Meta(1), personId, unitId, null, name, position, new ContactChannels(email, mobile, $"dt-{name}", $"wx-{name}")));
        return personId;
    }

    public Task GrantAsync(Guid personId, string role, Guid? unitId, Guid? jurisdictionId = null) =>
        PublishAsync(new RoleGranted(Meta(1), Guid.NewGuid(), personId, role, unitId, jurisdictionId));

    /// <summary>A unit with a coordinator (an e-mail address at <paramref name="mailDomain"/>), a party secretary and an office member.</summary>
    public async Task<(Guid Unit, Guid Coordinator, Guid Secretary, Guid Office)> UnitWithPeopleAsync(string name, string mailDomain = "example.test")
    {
        var unit = await UnitAsync(name);
        var tag = Guid.NewGuid().ToString("N")[..8];
        var coordinator = await PersonAsync(unit, "王联络", "办公室主任", $"coord-{tag}@{mailDomain}", "13800000001");
        var secretary = await PersonAsync(unit, "李书记", "党组书记", $"secretary-{tag}@{mailDomain}", "13800000002");
        var officeUnit = Guid.NewGuid();
        var office = await PersonAsync(officeUnit, "赵巡察", "巡察办干部", $"office-{tag}@{mailDomain}", "13800000003");
        await GrantAsync(coordinator, RectifyRoles.UnitCoordinator, unit);
        await GrantAsync(office, RectifyRoles.InspectionOffice, null, Jurisdiction);
        return (unit, coordinator, secretary, office);
    }

    public static RectificationDueDatesScheduled DueDates(Guid inspection, Guid unit, long version, DateOnly feedback, DateOnly plan, DateOnly report, DateOnly notice) =>
        new(Meta(version), inspection, unit, feedback, plan, report, notice);

    public static EventMeta Meta(long version) => EventMeta.New(version, "test", DateTimeOffset.UtcNow);

    /// <summary>One sweep by this host's own sweeper (its own lease holder).</summary>
    public Task<int> SweepAsync() => Services.GetRequiredService<SweepRunner>().RunOnceAsync(CancellationToken.None);

    /// <summary>Works through every waiting re-plan, as the background service would.</summary>
    public async Task ReplanAllAsync()
    {
        using var scope = Services.CreateScope();
        var replanner = scope.ServiceProvider.GetRequiredService<Replanner>();
        while (await replanner.RunPageAsync("test", CancellationToken.None))
        {
        }
    }

    /// <summary>Sweeps until nothing due is left (retries pushed into the future stop it).</summary>
    public async Task SweepAllAsync()
    {
        while (await SweepAsync() > 0)
        {
        }
    }

    public async Task<T> Db<T>(Func<NotificationsDbContext, Task<T>> read)
    {
        using var scope = _factory.Services.CreateScope();
        return await read(scope.ServiceProvider.GetRequiredService<NotificationsDbContext>());
    }

    public Task<List<Schedule>> SchedulesAsync(Guid subjectId) =>
        Db(db => db.Schedules.AsNoTracking().Where(s => s.SubjectId == subjectId).OrderBy(s => s.DueAt).ThenBy(s => s.Id).ToListAsync());

    public Task<List<InboxItem>> InboxAsync(Guid personId) =>
        Db(db => db.Inbox.AsNoTracking().Where(i => i.PersonId == personId).OrderBy(i => i.Id).ToListAsync());

    public HttpClient As(Guid? personId, params string[] grants)
    {
        var client = _factory.CreateClient();
        var claims = new Dictionary<string, object>
        {
            [RectifyClaims.Subject] = Guid.NewGuid().ToString(),
            [RectifyClaims.Name] = "test",
            [RectifyClaims.Grant] = grants,
            [RectifyClaims.Role] = grants.Select(g => g.Split('|')[0]).Distinct().ToArray(),
        };
        if (personId is { } person)
            claims[RectifyClaims.Person] = person.ToString();
        var token = new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = AuthOptions.Issuer, Audience = AuthOptions.Audience, Expires = DateTime.UtcNow.AddMinutes(10), Claims = claims,
            SigningCredentials = new SigningCredentials(new RsaSecurityKey(TestTokens.KeyOf(DataDirectory)), SecurityAlgorithms.RsaSha256),
        });
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    public SweepOptions SweepOptions => Services.GetRequiredService<IOptions<SweepOptions>>().Value;

    public void Dispose()
    {
        _factory.Dispose();
        _root.Dispose();
        _ownDatabase?.Dispose();
    }
}
