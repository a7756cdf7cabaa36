using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Rectify.Notifications.Infrastructure;
using Rectify.Notifications.Model;
using Rectify.ServiceDefaults.Auth;
using Rectify.ServiceDefaults.Errors;
using Rectify.ServiceDefaults.Hosting;

namespace Rectify.Notifications.Apis;

public sealed record InboxItemResponse(
    long Id, string Title, string Body, string SubjectKind, Guid SubjectId, Guid UnitId, bool IsEscalation, DateTimeOffset CreatedAt, DateTimeOffset? ReadAt);

public sealed record PreferencesRequest(
    bool Email, bool Inbox, bool Webhook,
    [property: RegularExpression("^([01][0-9]|2[0-3]):[0-5][0-9]$", ErrorMessage = "A time looks like 22:00.")] string? QuietStart,
    [property: RegularExpression("^([01][0-9]|2[0-3]):[0-5][0-9]$", ErrorMessage = "A time looks like 07:00.")] string? QuietEnd);

public sealed record PreferencesResponse(bool Email, bool Inbox, bool Webhook, string QuietStart, string QuietEnd, bool DefaultQuietHours);

/// <summary>
/// The caller's own inbox (站内消息) and preferences, by the directory person in their token. An account
/// without a person has an empty inbox and cannot set preferences (404).
/// </summary>
public static class MyApi
{
    public static IEndpointRouteBuilder MapMyApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapServiceApi(NotificationsModule.Name, "/api/notifications").WithTags("Inbox");
        api.MapGet("/inbox", ListAsync);
        api.MapGet("/inbox/unread-count", UnreadAsync);
        api.MapPost("/inbox/{id:long}/read", ReadAsync);
        api.MapPost("/inbox/read-all", ReadAllAsync);
        api.MapGet("/preferences", GetPreferencesAsync);
        api.MapPut("/preferences", SetPreferencesAsync).Validate<PreferencesRequest>();
        return app;
    }

    private static async Task<Ok<List<InboxItemResponse>>> ListAsync(
        bool? unread, int? skip, int? take, NotificationsDbContext db, UnitScope scope, HttpContext http, CancellationToken ct)
    {
        var page = ListPage.Of(skip, take, defaultTake: 50);
        if (scope.PersonId is not { } person)
            return TypedResults.Ok(Array.Empty<InboxItemResponse>().Page(page, http));
        var items = db.Inbox.AsNoTracking().Where(i => i.PersonId == person);
        if (unread == true)
            items = items.Where(i => i.ReadAt == null);
        return TypedResults.Ok(await items.OrderByDescending(i => i.Id)
            .Select(i => new InboxItemResponse(i.Id, i.Title, i.Body, i.SubjectKind, i.SubjectId, i.UnitId, i.IsEscalation, i.CreatedAt, i.ReadAt))
            .PageAsync(page, http, ct));
    }

    private static async Task<Ok<UnreadCount>> UnreadAsync(NotificationsDbContext db, UnitScope scope, CancellationToken ct) =>
        TypedResults.Ok(new UnreadCount(scope.PersonId is { } person ? await db.Inbox.CountAsync(i => i.PersonId == person && i.ReadAt == null, ct) : 0));

    public sealed record UnreadCount(int Count);

    private static async Task<NoContent> ReadAsync(long id, NotificationsDbContext db, UnitScope scope, TimeProvider time, CancellationToken ct)
    {
        var item = await db.Inbox.FirstOrDefaultAsync(i => i.Id == id && i.PersonId == scope.PersonId, ct) ?? throw new NotFoundException("Message");
        item.ReadAt ??= time.GetUtcNow();
        await db.SaveChangesAsync(ct);
        return TypedResults.NoContent();
    }

    private static async Task<NoContent> ReadAllAsync(NotificationsDbContext db, UnitScope scope, TimeProvider time, CancellationToken ct)
    {
        var now = time.GetUtcNow();
        if (scope.PersonId is { } person)
            await db.Inbox.Where(i => i.PersonId == person && i.ReadAt == null).ExecuteUpdateAsync(u => u.SetProperty(i => i.ReadAt, now), ct);
        return TypedResults.NoContent();
    }

    private static async Task<Ok<PreferencesResponse>> GetPreferencesAsync(NotificationsDbContext db, UnitScope scope, IOptions<QuietHours> quiet, CancellationToken ct)
    {
        var person = scope.PersonId ?? throw new NotFoundException("Directory person");
        var preference = await db.Preferences.AsNoTracking().FirstOrDefaultAsync(p => p.PersonId == person, ct) ?? new Preference { PersonId = person };
        return TypedResults.Ok(Response(preference, quiet.Value));
    }

    private static async Task<Ok<PreferencesResponse>> SetPreferencesAsync(
        PreferencesRequest request, NotificationsDbContext db, UnitScope scope, IOptions<QuietHours> quiet, CancellationToken ct)
    {
        var person = scope.PersonId ?? throw new NotFoundException("Directory person");
        if ((request.QuietStart is null) != (request.QuietEnd is null))
            throw new FieldException("quietEnd", "Give both ends of the quiet hours, or neither for the default.");
        var preference = await db.Preferences.FirstOrDefaultAsync(p => p.PersonId == person, ct);
        if (preference is null)
            db.Preferences.Add(preference = new Preference { PersonId = person });
        (preference.Email, preference.Inbox, preference.Webhook) = (request.Email, request.Inbox, request.Webhook);
        preference.QuietStart = request.QuietStart is null ? null : TimeOnly.Parse(request.QuietStart);
        preference.QuietEnd = request.QuietEnd is null ? null : TimeOnly.Parse(request.QuietEnd);
        preference.Version++;
        await db.SaveChangesAsync(ct);
        return TypedResults.Ok(Response(preference, quiet.Value));
    }

    private static PreferencesResponse Response(Preference p, QuietHours defaults) => new(p.Email, p.Inbox, p.Webhook,
        (p.QuietStart ?? defaults.Start).ToString("HH:mm"), (p.QuietEnd ?? defaults.End).ToString("HH:mm"), p.QuietStart is null);
}
