using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Rectify.Contracts.Units;
using Rectify.Notifications.Infrastructure;
using Rectify.Notifications.Model;
using Rectify.ServiceDefaults.Auth;
using Rectify.Services.Tests.Notifications;

namespace Rectify.Services.Tests.Authorization;

/// <summary>The notifications service with a victim unit, its coordinator (with an inbox item), a webhook and a calendar day.</summary>
public sealed class NotificationsWorld : MatrixWorld
{
    public NotificationsHost Host { get; } = new(new DateTimeOffset(2026, 6, 15, 2, 0, 0, TimeSpan.Zero));
    public override IServiceProvider Services => Host.Services;
    protected override string KeyDirectory => Host.DataDirectory;
    protected override HttpClient NewClient() => Host.Anonymous();
    protected override Type DbContextType => typeof(NotificationsDbContext);
    public override string[] Prefixes => ["/api/notifications"];

    public override async Task InitializeAsync()
    {
        await Host.PublishAsync(new UnitRegistered(NotificationsHost.Meta(1), AttackerUnit, "县审计局党组", "县审计局", "党组", Guid.NewGuid(), AttackerPath, new ContactLine(null, null, null)));
        VictimUnit = Guid.NewGuid();
        await Host.PublishAsync(new UnitRegistered(NotificationsHost.Meta(1), VictimUnit, "市水利局党组", "市水利局", "党组", Guid.NewGuid(), VictimPath, new ContactLine(null, null, null)));
        var coordinator = await Host.PersonAsync(VictimUnit, "王联络", "办公室主任", "coord@example.test", "13800000001");
        await Host.GrantAsync(coordinator, RectifyRoles.UnitCoordinator, VictimUnit);
        var inbox = await Host.Db(async db =>
        {
            var item = new InboxItem
            {
                PersonId = coordinator, UnitId = VictimUnit, SubjectKind = "task", SubjectId = Guid.NewGuid(), Title = "整改任务即将到期",
                Body = "请及时报送进展", CreatedAt = Host.Clock.GetUtcNow(),
            };
            db.Inbox.Add(item);
            await db.SaveChangesAsync();
            return item.Id;
        });
        var admin = Signed(Admin);
        var webhook = await admin.PostAsJsonAsync("/api/notifications/webhooks",
            new { unitId = VictimUnit, name = "整改群", kind = "dingtalk", url = "https://oapi.dingtalk.com/robot/send?access_token=victim", enabled = true });
        if (!webhook.IsSuccessStatusCode)
            throw new InvalidOperationException($"webhook: {(int)webhook.StatusCode} {await webhook.Content.ReadAsStringAsync()}");
        RouteValues["id"] = JsonNode.Parse(await webhook.Content.ReadAsStringAsync())!["id"]!.ToString();
        RouteOverrides[("/api/notifications/inbox", "id")] = inbox.ToString();
        RouteValues["year"] = "2026";
        RouteValues["date"] = "2026-10-08";
        Queries["GET /api/notifications/calendar/working-days"] = "?from=2026-06-15&days=5";
        Queries["DELETE /api/notifications/rules"] = "?jurisdictionPath=/p/xm/";
        // The calendar fills its years on first use: do it now, so that cache is not counted as a caller's write.
        (await admin.GetAsync($"/api/notifications/calendar/working-days{Queries["GET /api/notifications/calendar/working-days"]}")).EnsureSuccessStatusCode();
        BodyValues["unitId"] = VictimUnit;
        BodyValues["jurisdictionPath"] = "/p/xm/";
        BodyValues["kind"] = "dingtalk";
        BodyValues["quietStart"] = "22:00";
        BodyValues["quietEnd"] = "07:00";
    }

    public override Task DisposeAsync()
    {
        Host.Dispose();
        return Task.CompletedTask;
    }
}
