using System.Net.Http.Headers;
using MassTransit.Testing;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Rectify.Contracts;
using Rectify.Contracts.Units;
using Rectify.Reporting.Infrastructure;
using Rectify.Services.Tests.Support;

namespace Rectify.Services.Tests.Reporting;

/// <summary>
/// The reporting service fed through the test harness, on a clock the test sets, so "today" (and with it
/// overdue and the lights) is fixed: by default Monday 15 June 2026, 10:00 in Shanghai.
/// </summary>
public sealed class ReportingHost : IDisposable
{
    public static readonly DateTimeOffset Now = new(2026, 6, 15, 2, 0, 0, TimeSpan.Zero);

    private readonly ServiceFactory<Rectify.Reporting.Program> _base = new();
    private readonly WebApplicationFactory<Rectify.Reporting.Program> _factory;

    /// <param name="replicaOf">Another host whose database this one shares, as a second replica of the service does.</param>
    public ReportingHost(ReportingHost? replicaOf = null)
    {
        Clock = new ManualClock(Now);
        _factory = _base.WithWebHostBuilder(b =>
        {
            if (replicaOf is not null)
                b.UseSetting("RECTIFY_DATA_DIR", replicaOf._base.DataDirectory);
            b.ConfigureServices(s => s.Replace(ServiceDescriptor.Singleton<TimeProvider>(Clock)));
        });
    }

    public ManualClock Clock { get; }

    public string DataDirectory => _base.DataDirectory;

    public IServiceProvider Services => _factory.Services;

    public ITestHarness Harness => _factory.Services.GetTestHarness();

    private long _inboxRows;

    /// <summary>
    /// Publishes the events and waits until reporting has committed each one: every consumer writes one
    /// inbox row per event (unit events have several consumers on reporting's endpoint).
    /// </summary>
    public async Task FeedAsync(params IIntegrationEvent[] events)
    {
        foreach (var e in events)
            await Harness.Bus.Publish(e, e.GetType());
        _inboxRows += events.Sum(e => e switch { UnitRegistered => 2, _ => 1 });
        var expected = _inboxRows;
        await Eventually.HoldsAsync(() => Db(db => db.InboxMessages.LongCountAsync()), n => n >= expected, TimeSpan.FromSeconds(120));
    }

    public HttpClient As(params string[] grants)
    {
        var client = _factory.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", TestTokens.Sign(TestTokens.KeyOf(_base.DataDirectory), grants));
        return client;
    }

    public HttpClient Anonymous => _factory.CreateClient();

    public async Task<T> Db<T>(Func<ReportingDbContext, Task<T>> read)
    {
        using var scope = _factory.Services.CreateScope();
        return await read(scope.ServiceProvider.GetRequiredService<ReportingDbContext>());
    }

    public void Dispose()
    {
        _factory.Dispose();
        _base.Dispose();
    }
}
