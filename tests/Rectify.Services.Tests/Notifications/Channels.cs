using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Web;
using Rectify.Notifications.Model;
using Rectify.ServiceDefaults.Auth;
using Rectify.Services.Tests.Support;

namespace Rectify.Services.Tests.Notifications;

/// <summary>E-mail to a real SMTP server (maildev) read back through its API; webhooks in their three formats; a failing one retried.</summary>
public sealed class Channels : IDisposable
{
    private readonly NotificationsHost _host = new(new DateTimeOffset(2024, 9, 1, 2, 0, 0, TimeSpan.Zero));

    private async Task<(Guid Unit, Guid Coordinator, Guid Inspection)> PlanAsync(string unitName, NotificationsHost? on = null)
    {
        var host = on ?? _host;
        var (unit, coordinator, _, _) = await host.UnitWithPeopleAsync(unitName);
        var inspection = Guid.NewGuid();
        await host.PublishAsync(NotificationsHost.DueDates(inspection, unit, 2, new(2024, 9, 1), new(2024, 10, 10), new(2024, 11, 29), new(2024, 12, 30)));
        return (unit, coordinator, inspection);
    }

    [Fact]
    public async Task E_mail_reaches_the_SMTP_server()
    {
        var (_, api) = Maildev.Required();
        using var host = new NotificationsHost(new DateTimeOffset(2024, 9, 1, 2, 0, 0, TimeSpan.Zero), smtp: true);
        var (_, coordinator, _) = await PlanAsync("县教育局党组", host);
        var address = await host.Db(db => Task.FromResult(db.People.Single(p => p.PersonId == coordinator).Email!));

        host.SetLocal(2024, 9, 20, 9, 0);
        await host.SweepAllAsync();

        var message = Assert.Single(await Maildev.MailToAsync(api, address));
        Assert.Contains("整改方案", message.GetProperty("subject").GetString());
        Assert.Contains("距截止还有20天", message.GetProperty("subject").GetString());
        Assert.Contains("王联络", message.GetProperty("text").GetString());
        var delivery = await host.Db(db => Task.FromResult(db.Deliveries.Single(d => d.Channel == "email" && d.Target == address)));
        Assert.Equal(DeliveryStates.Sent, delivery.State);
    }

    [Fact]
    public async Task Webhooks_post_generic_signed_JSON_and_the_DingTalk_and_WeCom_robot_formats()
    {
        using var receiver = new WebhookReceiver();
        var (unit, coordinator, _) = await PlanAsync("县水利局党组");
        var office = _host.As(coordinator, $"{RectifyRoles.UnitCoordinator}|u:{unit}");
        foreach (var (kind, secret) in new[] { ("generic", "generic-secret"), ("dingtalk", "SECdingtalk"), ("wecom", (string?)null) })
            Assert.Equal(HttpStatusCode.Created, (await office.PostAsJsonAsync("/api/notifications/webhooks",
                new { unitId = unit, name = kind, kind, url = $"{receiver.BaseUrl}{kind}?key=k", secret })).StatusCode);

        _host.SetLocal(2024, 9, 20, 9, 0);
        await _host.SweepAllAsync();

        var requests = receiver.Requests.ToDictionary(r => r.Path.Trim('/'));
        Assert.Equal(3, requests.Count);

        var generic = requests["generic"];
        var expected = "sha256=" + Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes("generic-secret"), Encoding.UTF8.GetBytes(generic.Body)));
        Assert.Equal(expected, generic.Headers["X-Rectify-Signature"]);
        using var genericJson = JsonDocument.Parse(generic.Body);
        Assert.Equal("reminder", genericJson.RootElement.GetProperty("type").GetString());
        Assert.Equal("before-20d", genericJson.RootElement.GetProperty("rule").GetString());
        Assert.Equal("2024-10-10", genericJson.RootElement.GetProperty("deadline").GetString());

        var dingTalk = requests["dingtalk"];
        var query = HttpUtility.ParseQueryString(dingTalk.Query);
        var sign = Convert.ToBase64String(HMACSHA256.HashData(Encoding.UTF8.GetBytes("SECdingtalk"), Encoding.UTF8.GetBytes($"{query["timestamp"]}\nSECdingtalk")));
        Assert.Equal(sign, query["sign"]);
        Assert.Equal("k", query["key"]);
        using var dingJson = JsonDocument.Parse(dingTalk.Body);
        Assert.Equal("markdown", dingJson.RootElement.GetProperty("msgtype").GetString());
        Assert.Contains("整改方案", dingJson.RootElement.GetProperty("markdown").GetProperty("text").GetString());
        Assert.Equal("13800000001", dingJson.RootElement.GetProperty("at").GetProperty("atMobiles")[0].GetString());

        using var weComJson = JsonDocument.Parse(requests["wecom"].Body);
        Assert.Equal("text", weComJson.RootElement.GetProperty("msgtype").GetString());
        Assert.Equal("13800000001", weComJson.RootElement.GetProperty("text").GetProperty("mentioned_mobile_list")[0].GetString());
        Assert.Equal("wx-王联络", weComJson.RootElement.GetProperty("text").GetProperty("mentioned_list")[0].GetString());
    }

    [Fact]
    public async Task A_failed_send_retries_with_backoff_and_shows_in_the_delivery_log()
    {
        using var receiver = new WebhookReceiver(failFirst: 2);
        var (unit, coordinator, inspection) = await PlanAsync("县民政局党组");
        var office = _host.As(coordinator, $"{RectifyRoles.UnitCoordinator}|u:{unit}");
        await office.PostAsJsonAsync("/api/notifications/webhooks", new { unitId = unit, name = "robot", kind = "generic", url = receiver.BaseUrl });

        _host.SetLocal(2024, 9, 20, 9, 0);
        await _host.SweepAllAsync();
        var log = await office.GetFromJsonAsync<List<DeliveryRow>>($"/api/notifications/deliveries?unitId={unit}");
        var hook = Assert.Single(log!, d => d.Channel == "webhook");
        Assert.Equal(("pending", 1), (hook.State, hook.Attempts));
        Assert.Contains("500", hook.LastError);
        Assert.Equal(_host.Clock.GetUtcNow() + TimeSpan.FromMinutes(1), hook.NextAttemptAt);
        Assert.Single(log!, d => d.Channel == "inbox" && d.State == "sent");

        _host.Clock.Advance(TimeSpan.FromMinutes(1));
        await _host.SweepAllAsync();
        hook = (await office.GetFromJsonAsync<List<DeliveryRow>>($"/api/notifications/deliveries?unitId={unit}"))!.Single(d => d.Channel == "webhook");
        Assert.Equal(("pending", 2), (hook.State, hook.Attempts));
        Assert.Equal(_host.Clock.GetUtcNow() + TimeSpan.FromMinutes(2), hook.NextAttemptAt); // backoff doubles

        _host.Clock.Advance(TimeSpan.FromMinutes(2));
        await _host.SweepAllAsync();
        await _host.SweepAllAsync();
        hook = (await office.GetFromJsonAsync<List<DeliveryRow>>($"/api/notifications/deliveries?unitId={unit}"))!.Single(d => d.Channel == "webhook");
        Assert.Equal(("sent", 3, (string?)null), (hook.State, hook.Attempts, hook.LastError));
        Assert.Equal(3, receiver.Requests.Count);
        Assert.Single(await _host.InboxAsync(coordinator));
        var schedule = (await _host.SchedulesAsync(inspection)).Single(s => s.Id == hook.ScheduleId);
        Assert.Equal(ScheduleStates.Sent, schedule.State);

        // Out of scope: another unit's coordinator sees none of it.
        var stranger = _host.As(null, $"{RectifyRoles.UnitCoordinator}|u:{Guid.NewGuid()}");
        Assert.Empty((await stranger.GetFromJsonAsync<List<DeliveryRow>>("/api/notifications/deliveries"))!);
    }

    private sealed record DeliveryRow(long Id, long ScheduleId, string Channel, string State, int Attempts, DateTimeOffset? NextAttemptAt, string? LastError);

    public void Dispose() => _host.Dispose();
}
