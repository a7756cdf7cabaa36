using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Http.HttpResults;
using Rectify.Notifications.Calendar;
using Rectify.Notifications.Infrastructure;
using Rectify.Notifications.Model;
using Rectify.Notifications.Scheduling;
using Rectify.ServiceDefaults.Auth;
using Rectify.ServiceDefaults.Data;
using Rectify.ServiceDefaults.Errors;

namespace Rectify.Notifications.Apis;

public sealed record CalendarNoticeRequest([property: Required, StringLength(20_000)] string Text);

public sealed record CalendarNoticeResponse(int Year, IReadOnlyList<NoticeDay> Days, IReadOnlyList<string> Warnings);

/// <summary>
/// Next year's calendar: whether it is entered (a reminder from November), and the quick entry of the State
/// Council's notice (节假日安排通知) pasted as text — previewed first, then saved day by day as <c>PUT /calendar/days</c> saves one.
/// </summary>
public static class CalendarNoticeApi
{
    public static RouteGroupBuilder MapCalendarNotice(this RouteGroupBuilder api)
    {
        api.MapGet("/calendar/next-year-status", StatusAsync);
        api.MapPost("/calendar/{year:int}/notice/preview", Preview).Validate<CalendarNoticeRequest>();
        api.MapPost("/calendar/{year:int}/notice", ApplyAsync).Validate<CalendarNoticeRequest>();
        return api;
    }

    /// <summary>Administrators enter the calendar; inspection offices read whether it is there, their deadlines depend on it.</summary>
    private static async Task<Ok<NextYearStatus>> StatusAsync(NotificationsDbContext db, NextYearCalendarCheck check, UnitScope scope, CancellationToken ct)
    {
        if (!scope.IsAdministrator && !scope.Grants.Any(g => g.Role == RectifyRoles.InspectionOffice))
            throw new ForbiddenException("Administrators and inspection offices see whether next year's calendar is entered.");
        return TypedResults.Ok(await check.CheckAsync(db, ct));
    }

    private static Ok<CalendarNoticeResponse> Preview(int year, CalendarNoticeRequest request, UnitScope scope)
    {
        CalendarApi.RequireAdministrator(scope);
        var notice = Parse(year, request.Text);
        return TypedResults.Ok(new CalendarNoticeResponse(year, notice.Days, notice.Warnings));
    }

    /// <summary>Every day of the notice in one transaction, with one re-plan for the batch: a notice is one edit.</summary>
    private static async Task<Ok<CalendarNoticeResponse>> ApplyAsync(int year, CalendarNoticeRequest request, NotificationsDbContext db, CalendarStore calendar,
        UnitScope scope, TimeProvider time, ReplanSignal replan, CancellationToken ct)
    {
        CalendarApi.RequireAdministrator(scope);
        var notice = Parse(year, request.Text);
        var now = time.GetUtcNow();
        await db.InTransactionAsync(async c =>
        {
            foreach (var day in notice.Days)
                await CalendarEdits.StageSetAsync(db, day.Date, day.IsWorkingDay, day.Name, scope.Actor, now, c);
            await Replanner.RequestAsync(db, null, ReplanReasons.Calendar, scope.Actor, now, c);
        }, ct);
        calendar.Invalidate();
        replan.Notify();
        return TypedResults.Ok(new CalendarNoticeResponse(year, notice.Days, notice.Warnings));
    }

    private static ParsedNotice Parse(int year, string text)
    {
        if (year is < CalendarApi.FirstYear or > CalendarApi.LastYear)
            throw new FieldException("year", $"The year is between {CalendarApi.FirstYear} and {CalendarApi.LastYear}.");
        return HolidayNoticeParser.Parse(year, text) ?? throw new FieldException("text",
            "No holiday found: paste the notice's items, e.g. 一、元旦：1月1日至3日放假调休，共3天。1月4日（周日）上班。");
    }
}
