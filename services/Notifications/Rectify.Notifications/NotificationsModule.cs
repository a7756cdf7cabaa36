using Rectify.ServiceDefaults.Data;
using Rectify.ServiceDefaults.Hosting;
using Rectify.ServiceDefaults.Replicas;
using Rectify.Notifications.Infrastructure;

namespace Rectify.Notifications;

/// <summary>The 提醒 (notifications): reminder schedules, escalations and deliveries.</summary>
public static class NotificationsModule
{
    public const string Name = "notifications";

    public static readonly ServiceModule Module = new(
        Name,
        builder => builder.AddServiceDatabase<NotificationsDbContext, NotificationsSqliteDbContext, NotificationsSqlServerDbContext>(Name),
        consumers => consumers.AddUnitReplicaConsumers<NotificationsDbContext>(),
        app => app.MapUnitReplicas<NotificationsDbContext>(Name, "/api/notifications"));
}
