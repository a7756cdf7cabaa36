using Microsoft.EntityFrameworkCore;
using Rectify.Notifications.Model;
using Rectify.Services.Tests.Support;

namespace Rectify.Services.Tests.Notifications;

/// <summary>Two service instances against one database sweep at the same time: every reminder goes out once.</summary>
public abstract class Two_sweepers : IDisposable
{
    private static readonly DateTimeOffset Start = new(2024, 9, 1, 2, 0, 0, TimeSpan.Zero);
    private readonly NotificationsHost _first;
    private readonly NotificationsHost _second;
    private readonly WebhookReceiver _receiver = new();

    protected Two_sweepers(TestProvider provider)
    {
        _first = new NotificationsHost(Start, provider: provider);
        _second = new NotificationsHost(Start, shareWith: _first);
    }

    [Fact]
    public async Task Never_double_send()
    {
        var (unit, coordinator, _, _) = await _first.UnitWithPeopleAsync("县财政局党组");
        await _first.Db(async db =>
        {
            db.Webhooks.Add(new Webhook { Id = Guid.NewGuid(), UnitId = unit, Name = "群机器人", Kind = WebhookKinds.Generic, Url = _receiver.BaseUrl + "hook" });
            return await db.SaveChangesAsync();
        });
        for (var i = 0; i < 20; i++)
            await _first.PublishAsync(NotificationsHost.DueDates(Guid.NewGuid(), unit, 2, new(2024, 9, 1), new(2024, 10, 10), new(2024, 11, 29), new(2024, 12, 30)));

        // Every plan reminder up to the due day, all due at once, five per inspection; both instances race for them.
        foreach (var host in new[] { _first, _second })
            host.SetLocal(2024, 9, 20, 9, 0);
        await Task.WhenAll(SweepAsync(_first), SweepAsync(_second));

        var sent = await _first.Db(db => db.Schedules.Where(s => s.State == ScheduleStates.Sent).Select(s => s.Id).ToListAsync());
        Assert.Equal(20, sent.Count);
        Assert.Equal(20, (await _first.InboxAsync(coordinator)).Count);
        var posted = _receiver.Requests.Select(r => r.Headers["X-Rectify-Delivery"]).ToList();
        Assert.Equal(20, posted.Count);
        Assert.Equal(posted.Count, posted.Distinct().Count());
        var claimedBy = await _first.Db(db => db.Schedules.Where(s => s.State == ScheduleStates.Sent).Select(s => s.ClaimedBy).Distinct().ToListAsync());
        Assert.NotEmpty(claimedBy);
    }

    private static async Task SweepAsync(NotificationsHost host)
    {
        for (var i = 0; i < 5; i++)
            await host.SweepAsync();
    }

    public void Dispose()
    {
        _receiver.Dispose();
        _second.Dispose();
        _first.Dispose();
    }
}

public sealed class Two_sweepers_on_SQLite() : Two_sweepers(TestProvider.Sqlite);

/// <summary>A server database lets both claim at the same moment; SQLite's single writer cannot show that race.</summary>
public sealed class Two_sweepers_on_PostgreSQL() : Two_sweepers(TestProvider.Postgres);
