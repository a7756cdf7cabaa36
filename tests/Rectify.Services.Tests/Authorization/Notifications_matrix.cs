namespace Rectify.Services.Tests.Authorization;

/// <summary>Every notifications endpoint against callers outside the victim unit (see <see cref="MatrixTests{TWorld}"/>).</summary>
public sealed class Notifications_matrix(NotificationsWorld world) : MatrixTests<NotificationsWorld>(world), IClassFixture<NotificationsWorld>
{
    protected override IReadOnlyDictionary<string, string> Declared { get; } = new Dictionary<string, string>
    {
        ["DELETE /api/notifications/calendar/days/{date}"] = "401 403 403 403 403",
        ["DELETE /api/notifications/rules"] = "401 403 403 403 403",
        ["DELETE /api/notifications/webhooks/{id:guid}"] = "401 404 404 404 404",
        ["GET /api/notifications/calendar/working-days"] = "401 200 200 200 200",
        // The working-day calendar is shared: anyone signed in reads it, only an administrator edits it.
        ["GET /api/notifications/calendar/{year:int}"] = "401 200 200 200 200",
        // Whether next year is entered: administrators enter it, inspection offices (whose deadlines count on it) read it.
        ["GET /api/notifications/calendar/next-year-status"] = "401 403 403 200 403",
        ["GET /api/notifications/deliveries"] = "401 200 200 200 200",
        ["GET /api/notifications/inbox"] = "401 200 200 200 200",
        ["GET /api/notifications/inbox/unread-count"] = "401 200 200 200 200",
        // One's own preferences: a caller who is no directory person has none (404).
        ["GET /api/notifications/preferences"] = "401 404 404 404 404",
        ["GET /api/notifications/replans"] = "401 200 200 200 200",
        ["GET /api/notifications/rules"] = "401 200 200 200 200",
        ["GET /api/notifications/schedules"] = "401 200 200 200 200",
        ["GET /api/notifications/units"] = "401 200 200 200 200",
        ["GET /api/notifications/webhooks"] = "401 200 200 200 200",
        // One's own inbox: nothing of the victim's is touched.
        ["POST /api/notifications/calendar/{year:int}/notice"] = "401 403 403 403 403",
        ["POST /api/notifications/calendar/{year:int}/notice/preview"] = "401 403 403 403 403",
        ["POST /api/notifications/inbox/read-all"] = "401 204 204 204 204",
        ["POST /api/notifications/inbox/{id:long}/read"] = "401 404 404 404 404",
        // A hidden unit reads as an unknown one (400 on unitId).
        ["POST /api/notifications/webhooks"] = "401 400 400 400 400",
        ["PUT /api/notifications/calendar/days/{date}"] = "401 403 403 403 403",
        ["PUT /api/notifications/preferences"] = "401 404 404 404 404",
        ["PUT /api/notifications/rules"] = "401 403 403 403 403",
    };

    protected override IReadOnlyDictionary<string, string> Unpaged { get; } = new Dictionary<string, string>
    {
        ["GET /api/notifications/rules"] = "one rule policy a jurisdiction at most",
        ["GET /api/notifications/webhooks"] = "a few robots a unit",
        ["GET /api/notifications/replans"] = "the latest 20 re-plans only",
    };
}
