using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Rectify.Notifications.Infrastructure;
using Rectify.Notifications.Model;
using Rectify.Notifications.Sending;
using Rectify.ServiceDefaults.Auth;
using Rectify.ServiceDefaults.Errors;
using Rectify.ServiceDefaults.Hosting;
using Rectify.ServiceDefaults.Replicas;

namespace Rectify.Notifications.Apis;

public sealed record ScheduleResponse(
    long Id, string SubjectKind, Guid SubjectId, Guid UnitId, string Rule, string Tier, bool IsEscalation, DateOnly Deadline, long DeadlineVersion,
    Guid RecipientId, string? RecipientName, DateOnly RemindOn, DateTimeOffset DueAt, string State, DateTimeOffset? CompletedAt);

public sealed record DeliveryResponse(
    long Id, long ScheduleId, Guid UnitId, string Channel, string Target, string State, int Attempts, DateTimeOffset? NextAttemptAt,
    string? LastError, DateTimeOffset CreatedAt, DateTimeOffset? SentAt);

public sealed record WebhookRequest(
    [property: Required] Guid? UnitId, [property: Required, StringLength(100, MinimumLength = 1)] string Name,
    [property: Required, RegularExpression("^(generic|dingtalk|wecom)$", ErrorMessage = "kind is generic, dingtalk or wecom.")] string Kind,
    [property: Required, Url, StringLength(1000)] string Url, [property: StringLength(200)] string? Secret, bool Enabled = true);

public sealed record WebhookResponse(Guid Id, Guid UnitId, string Name, string Kind, string Url, bool HasSecret, bool Enabled);

/// <summary>
/// What the unit's coordinator, the inspection office and administrators watch: upcoming schedules,
/// the delivery log, and the unit's group robots. Units they cannot manage read as absent.
/// </summary>
public static class AdminApi
{
    public static IEndpointRouteBuilder MapAdminApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapServiceApi(NotificationsModule.Name, "/api/notifications").WithTags("Schedules");
        api.MapGet("/schedules", SchedulesAsync);
        api.MapGet("/deliveries", DeliveriesAsync);
        api.MapGet("/webhooks", WebhooksAsync);
        api.MapPost("/webhooks", AddWebhookAsync).Validate<WebhookRequest>();
        api.MapDelete("/webhooks/{id:guid}", RemoveWebhookAsync);
        return app;
    }

    /// <summary>Schedules of manageable units, soonest first; <c>state</c> defaults to pending.</summary>
    private static async Task<Ok<List<ScheduleResponse>>> SchedulesAsync(
        Guid? unitId, string? state, string? subjectKind, Guid? subjectId, int? skip, int? take, NotificationsDbContext db, UnitScope scope,
        HttpContext http, CancellationToken ct)
    {
        var page = ListPage.Of(skip, take, defaultTake: 200);
        var units = Manageable(db, scope);
        var schedules = db.Schedules.AsNoTracking().Where(s => units.Contains(s.UnitId));
        if (unitId is { } unit)
            schedules = schedules.Where(s => s.UnitId == unit);
        if (state != "all")
            schedules = schedules.Where(s => s.State == (state ?? ScheduleStates.Pending));
        if (subjectKind is not null)
            schedules = schedules.Where(s => s.SubjectKind == subjectKind);
        if (subjectId is { } subject)
            schedules = schedules.Where(s => s.SubjectId == subject);
        var rows = await (from s in schedules
                          join p in db.People on s.RecipientId equals p.PersonId into people
                          from p in people.DefaultIfEmpty()
                          orderby s.DueAt, s.Id
                          select new ScheduleResponse(s.Id, s.SubjectKind, s.SubjectId, s.UnitId, s.Rule, s.Tier, s.IsEscalation, s.Deadline,
                              s.DeadlineVersion, s.RecipientId, p == null ? null : p.Name, s.RemindOn, s.DueAt, s.State, s.CompletedAt)).PageAsync(page, http, ct);
        return TypedResults.Ok(rows);
    }

    /// <summary>The delivery log, newest first: attempts, next retry and the last error of every channel.</summary>
    private static async Task<Ok<List<DeliveryResponse>>> DeliveriesAsync(
        Guid? unitId, long? scheduleId, string? state, int? skip, int? take, NotificationsDbContext db, UnitScope scope,
        HttpContext http, CancellationToken ct)
    {
        var page = ListPage.Of(skip, take, defaultTake: 200);
        var units = Manageable(db, scope);
        var deliveries = db.Deliveries.AsNoTracking().Where(d => units.Contains(d.UnitId));
        if (unitId is { } unit)
            deliveries = deliveries.Where(d => d.UnitId == unit);
        if (scheduleId is { } schedule)
            deliveries = deliveries.Where(d => d.ScheduleId == schedule);
        if (state is not null)
            deliveries = deliveries.Where(d => d.State == state);
        return TypedResults.Ok(await deliveries.OrderByDescending(d => d.Id)
            .Select(d => new DeliveryResponse(d.Id, d.ScheduleId, d.UnitId, d.Channel, d.Target, d.State, d.Attempts, d.NextAttemptAt, d.LastError,
                d.CreatedAt, d.SentAt)).PageAsync(page, http, ct));
    }

    private static async Task<Ok<List<WebhookResponse>>> WebhooksAsync(Guid? unitId, NotificationsDbContext db, UnitScope scope, CancellationToken ct)
    {
        var units = Manageable(db, scope);
        var hooks = db.Webhooks.AsNoTracking().Where(w => units.Contains(w.UnitId));
        if (unitId is { } unit)
            hooks = hooks.Where(w => w.UnitId == unit);
        return TypedResults.Ok(await hooks.OrderBy(w => w.Name)
            .Select(w => new WebhookResponse(w.Id, w.UnitId, w.Name, w.Kind, w.Url, w.Secret != null, w.Enabled)).ToListAsync(ct));
    }

    private static async Task<Created<WebhookResponse>> AddWebhookAsync(
        WebhookRequest request, NotificationsDbContext db, UnitScope scope, WebhookTargets targets, CancellationToken ct)
    {
        if (targets.Refusal(request.Url) is { } refusal)
            throw new FieldException("url", refusal);
        var unitId = request.UnitId!.Value;
        if (!await Manageable(db, scope).ContainsAsync(unitId, ct))
            throw new FieldException("unitId", "No such unit, or not one you manage.");
        var hook = new Webhook
        {
            Id = Guid.CreateVersion7(), UnitId = unitId, Name = request.Name.Trim(), Kind = request.Kind, Url = request.Url,
            Secret = string.IsNullOrEmpty(request.Secret) ? null : request.Secret, Enabled = request.Enabled,
        };
        db.Webhooks.Add(hook);
        await db.SaveChangesAsync(ct);
        return TypedResults.Created($"/api/notifications/webhooks/{hook.Id}",
            new WebhookResponse(hook.Id, hook.UnitId, hook.Name, hook.Kind, hook.Url, hook.Secret is not null, hook.Enabled));
    }

    private static async Task<NoContent> RemoveWebhookAsync(Guid id, NotificationsDbContext db, UnitScope scope, CancellationToken ct)
    {
        var units = Manageable(db, scope);
        var hook = await db.Webhooks.FirstOrDefaultAsync(w => w.Id == id && units.Contains(w.UnitId), ct) ?? throw new NotFoundException("Webhook");
        db.Webhooks.Remove(hook);
        await db.SaveChangesAsync(ct);
        return TypedResults.NoContent();
    }

    /// <summary>Ids of the units the caller manages (administrator, inspection office, coordinator), as a subquery.</summary>
    private static IQueryable<Guid> Manageable(NotificationsDbContext db, UnitScope scope) =>
        db.Units.Where(scope.Manageable<UnitReplica>(u => u.UnitId, u => u.JurisdictionPath)).Select(u => u.UnitId);
}
