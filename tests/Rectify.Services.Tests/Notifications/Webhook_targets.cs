using System.Net;
using System.Net.Http.Json;
using System.Net.Sockets;
using Microsoft.EntityFrameworkCore;
using Rectify.Notifications.Model;
using Rectify.ServiceDefaults.Auth;

namespace Rectify.Services.Tests.Notifications;

/// <summary>
/// A coordinator types a webhook's URL: it may reach only the robot hosts or the operator's allow-list, never an
/// internal address (checked when written and again when connecting), follows no redirect, and what the far end
/// answered never comes back through the delivery log.
/// </summary>
public sealed class Webhook_targets : IDisposable
{
    private static readonly DateTimeOffset Start = new(2024, 9, 1, 2, 0, 0, TimeSpan.Zero);
    private readonly List<NotificationsHost> _hosts = [];

    private NotificationsHost Host(bool loopbackWebhooks, params (string Key, string Value)[] settings)
    {
        var host = new NotificationsHost(Start, settings: settings.ToDictionary(s => s.Key, s => s.Value), loopbackWebhooks: loopbackWebhooks);
        _hosts.Add(host);
        return host;
    }

    private static async Task<(Guid Unit, HttpClient Coordinator)> UnitWithDeadlinesAsync(NotificationsHost host)
    {
        var (unit, coordinator, _, _) = await host.UnitWithPeopleAsync("县水利局党组");
        await host.PublishAsync(NotificationsHost.DueDates(Guid.NewGuid(), unit, 2, new(2024, 9, 1), new(2024, 10, 10), new(2024, 11, 29), new(2024, 12, 30)));
        return (unit, host.As(coordinator, $"{RectifyRoles.UnitCoordinator}|u:{unit}"));
    }

    private static Task<HttpResponseMessage> AddAsync(HttpClient coordinator, Guid unit, string url, string kind = "generic") =>
        coordinator.PostAsJsonAsync("/api/notifications/webhooks", new { unitId = unit, name = "robot", kind, url });

    /// <summary>Sends the 20-days-before reminder and returns the webhook delivery as the log shows it.</summary>
    private static async Task<DeliveryRow> SendAsync(NotificationsHost host, HttpClient coordinator, Guid unit)
    {
        host.SetLocal(2024, 9, 20, 9, 0);
        await host.SweepAllAsync();
        var log = await coordinator.GetFromJsonAsync<List<DeliveryRow>>($"/api/notifications/deliveries?unitId={unit}");
        return Assert.Single(log!, d => d.Channel == "webhook");
    }

    [Theory]
    [InlineData("http://127.0.0.1:5101/api/units")]
    [InlineData("https://169.254.169.254/latest/meta-data/")]
    [InlineData("http://localhost:15672/api/overview")]
    [InlineData("https://10.0.0.5/hook")]
    [InlineData("https://[::1]/hook")]
    [InlineData("https://hooks.example.com/hook")]
    [InlineData("http://oapi.dingtalk.com/robot/send?access_token=t")]
    [InlineData("https://admin:pw@oapi.dingtalk.com/robot/send")]
    [InlineData("file:///etc/passwd")]
    public async Task A_URL_outside_the_robot_hosts_and_the_allow_list_is_refused_naming_url_and_nothing_is_written(string url)
    {
        var host = Host(loopbackWebhooks: false);
        var (unit, coordinator) = await UnitWithDeadlinesAsync(host);

        var response = await AddAsync(coordinator, unit, url);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("\"url\"", await response.Content.ReadAsStringAsync());
        Assert.Equal(0, await host.Db(db => db.Webhooks.CountAsync()));
    }

    [Theory]
    [InlineData("https://oapi.dingtalk.com/robot/send?access_token=t", "dingtalk")]
    [InlineData("https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=k", "wecom")]
    [InlineData("https://erp.example.com/hooks/rectify", "generic")]
    [InlineData("https://a.hooks.example.org/x", "generic")]
    public async Task The_robot_hosts_and_the_operators_allow_list_are_accepted(string url, string kind)
    {
        var host = Host(false, ($"{WebhookTargetsKey}:0", "erp.example.com"), ($"{WebhookTargetsKey}:1", "*.hooks.example.org"));
        var (unit, coordinator) = await UnitWithDeadlinesAsync(host);

        var response = await AddAsync(coordinator, unit, url, kind);
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task An_allowed_name_that_resolves_to_loopback_is_refused_when_connecting()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        var accepted = 0;
        _ = Task.Run(async () =>
        {
            while (true)
            {
                using var connection = await listener.AcceptTcpClientAsync();
                Interlocked.Increment(ref accepted);
            }
        });
        // The operator allowed the name; what it resolves to (here, as after a DNS rebinding, loopback) is checked at connect time.
        var host = Host(false, ($"{WebhookTargetsKey}:0", "localhost"));
        var (unit, coordinator) = await UnitWithDeadlinesAsync(host);
        Assert.Equal(HttpStatusCode.Created, (await AddAsync(coordinator, unit, $"https://localhost:{port}/hook")).StatusCode);

        var delivery = await SendAsync(host, coordinator, unit);

        Assert.Equal("The webhook host resolves to a private, loopback or link-local address.", delivery.LastError);
        Assert.Equal(0, Volatile.Read(ref accepted));
        Assert.False(listener.Pending());
    }

    [Fact]
    public async Task A_stored_webhook_to_an_internal_address_is_refused_when_sent()
    {
        using var receiver = new WebhookReceiver();
        var host = Host(loopbackWebhooks: false);
        var (unit, coordinator) = await UnitWithDeadlinesAsync(host);
        // As written before URLs were checked.
        await host.Db(db =>
        {
            db.Webhooks.Add(new Webhook { Id = Guid.NewGuid(), UnitId = unit, Name = "old", Kind = "generic", Url = receiver.BaseUrl });
            return db.SaveChangesAsync();
        });

        var delivery = await SendAsync(host, coordinator, unit);

        Assert.StartsWith("The webhook URL is not allowed:", delivery.LastError);
        Assert.Empty(receiver.Requests);
    }

    [Fact]
    public async Task A_redirect_is_not_followed()
    {
        using var inside = new WebhookReceiver();
        using var outside = new WebhookReceiver { RedirectTo = inside.BaseUrl + "internal" };
        var host = Host(loopbackWebhooks: true);
        var (unit, coordinator) = await UnitWithDeadlinesAsync(host);
        Assert.Equal(HttpStatusCode.Created, (await AddAsync(coordinator, unit, outside.BaseUrl)).StatusCode);

        var delivery = await SendAsync(host, coordinator, unit);

        Assert.Single(outside.Requests);
        Assert.Empty(inside.Requests);
        Assert.Equal("The webhook answered HTTP 302.", delivery.LastError);
    }

    [Theory]
    [InlineData("generic", 500, "internal-secret-page", "The webhook answered HTTP 500.")]
    [InlineData("generic", 403, "{\"errcode\":0}", "The webhook answered HTTP 403.")]
    [InlineData("dingtalk", 200, "{\"errcode\":310000,\"errmsg\":\"internal-secret-page\"}", "The robot refused the message (errcode 310000).")]
    [InlineData("wecom", 200, "<html>internal-secret-page</html>", "The robot's answer was not the JSON it sends.")]
    public async Task What_the_far_end_answered_never_reaches_the_delivery_log(string kind, int status, string body, string expected)
    {
        using var receiver = new WebhookReceiver { Answer = (status, body) };
        var host = Host(loopbackWebhooks: true);
        var (unit, coordinator) = await UnitWithDeadlinesAsync(host);
        Assert.Equal(HttpStatusCode.Created, (await AddAsync(coordinator, unit, receiver.BaseUrl, kind)).StatusCode);

        var delivery = await SendAsync(host, coordinator, unit);

        Assert.Single(receiver.Requests);
        Assert.Equal(expected, delivery.LastError);
        var stored = await host.Db(db => db.Deliveries.Where(d => d.Channel == "webhook").Select(d => d.LastError).SingleAsync());
        Assert.DoesNotContain("internal-secret-page", stored);
    }

    private const string WebhookTargetsKey = Rectify.Notifications.Sending.WebhookTargets.AllowListKey;

    private sealed record DeliveryRow(long Id, string Channel, string State, int Attempts, string? LastError);

    public void Dispose()
    {
        foreach (var host in _hosts)
            host.Dispose();
    }
}
