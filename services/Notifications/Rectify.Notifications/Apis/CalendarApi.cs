using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Rectify.Contracts;
using Rectify.Contracts.Notifications;
using Rectify.Notifications.Calendar;
using Rectify.ServiceDefaults.Time;
using Rectify.Notifications.Infrastructure;
using Rectify.Notifications.Model;
using Rectify.Notifications.Scheduling;
using Rectify.ServiceDefaults.Auth;
using Rectify.ServiceDefaults.Errors;
using Rectify.ServiceDefaults.Hosting;

namespace Rectify.Notifications.Apis;

public sealed record CalendarDayResponse(DateOnly Date, bool IsWorkingDay, string Name, string Source);

public sealed record CalendarYearResponse(int Year, bool Seeded, IReadOnlyList<CalendarDayResponse> Days);

public sealed record CalendarDayRequest(bool IsWorkingDay, [property: Required, StringLength(100, MinimumLength = 1)] string Name);

public sealed record WorkingDaysResponse(DateOnly From, int Days, DateOnly Result);

/// <summary>
/// The working-day calendar (节假日安排): everyone signed in reads it; only administrators change it,
/// since one deployment's calendar is everyone's. An edit re-plans every open deadline's reminders.
/// </summary>
public static class CalendarApi
{
    public static IEndpointRouteBuilder MapCalendarApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapServiceApi(NotificationsModule.Name, "/api/notifications").WithTags("Calendar");
        api.MapGet("/calendar/{year:int}", YearAsync);
        api.MapGet("/calendar/working-days", AddWorkingDaysAsync);
        api.MapPut("/calendar/days/{date}", SetDayAsync).Validate<CalendarDayRequest>();
        api.MapDelete("/calendar/days/{date}", RemoveDayAsync);
        api.MapCalendarNotice();
        return app;
    }

    /// <summary>The years the calendar answers for: wide enough for any inspection, narrow enough that date arithmetic never overflows.</summary>
    public const int FirstYear = 1900, LastYear = 2200;

    private static async Task<Ok<CalendarYearResponse>> YearAsync(int year, NotificationsDbContext db, CalendarStore calendar, CancellationToken ct)
    {
        if (year is < FirstYear or > LastYear)
            throw new FieldException("year", $"The year is between {FirstYear} and {LastYear}.");
        await calendar.SeedAsync(db, ct);
        var (from, to) = (new DateOnly(year, 1, 1), new DateOnly(year, 12, 31));
        var days = await db.CalendarDays.AsNoTracking().Where(d => d.Date >= from && d.Date <= to).OrderBy(d => d.Date)
            .Select(d => new CalendarDayResponse(d.Date, d.IsWorkingDay, d.Name, d.Source)).ToListAsync(ct);
        return TypedResults.Ok(new CalendarYearResponse(year, await db.CalendarYears.AnyAsync(y => y.Year == year, ct), days));
    }

    /// <summary><c>?from=2024-09-30&amp;days=5</c>: the date N working days later (negative: earlier).</summary>
    private static async Task<Ok<WorkingDaysResponse>> AddWorkingDaysAsync(DateOnly from, int days, NotificationsDbContext db, CalendarStore calendar,
        CancellationToken ct)
    {
        if (Math.Abs(days) > 3660)
            throw new FieldException("days", "At most ten years of working days.");
        if (from.Year is < FirstYear or > LastYear)
            throw new FieldException("from", $"The date is in the years {FirstYear} to {LastYear}.");
        var current = await calendar.CurrentAsync(db, ct);
        return TypedResults.Ok(new WorkingDaysResponse(from, days, current.AddWorkingDays(from, days)));
    }

    private static async Task<Ok<CalendarDayResponse>> SetDayAsync(
        string date, CalendarDayRequest request, NotificationsDbContext db, CalendarStore calendar, UnitScope scope, TimeProvider time,
        ReplanSignal replan, CancellationToken ct)
    {
        RequireAdministrator(scope);
        var day = ParseDate(date);
        var now = time.GetUtcNow();
        var row = await CalendarEdits.StageSetAsync(db, day, request.IsWorkingDay, request.Name, scope.Actor, now, ct);
        await Replanner.RequestAsync(db, null, ReplanReasons.Calendar, scope.Actor, now, ct);
        await db.SaveChangesAsync(ct);
        calendar.Invalidate();
        replan.Notify();
        return TypedResults.Ok(new CalendarDayResponse(row.Date, row.IsWorkingDay, row.Name, row.Source));
    }

    /// <summary>The day goes back to the plain week (Monday–Friday work).</summary>
    private static async Task<NoContent> RemoveDayAsync(string date, NotificationsDbContext db, CalendarStore calendar, UnitScope scope, TimeProvider time,
        ReplanSignal replan, CancellationToken ct)
    {
        RequireAdministrator(scope);
        var day = ParseDate(date);
        var row = await db.CalendarDays.FirstOrDefaultAsync(d => d.Date == day, ct) ?? throw new NotFoundException("Calendar day");
        db.CalendarDays.Remove(row);
        var now = time.GetUtcNow();
        if (await db.CalendarRemovals.FindAsync([day], ct) is { } removal)
            removal.RemovedAt = now;
        else
            db.CalendarRemovals.Add(new CalendarRemoval { Date = day, RemovedAt = now });
        db.Publish(CalendarEdits.Changed(day, null, null, scope.Actor, now));
        await Replanner.RequestAsync(db, null, ReplanReasons.Calendar, scope.Actor, now, ct);
        await db.SaveChangesAsync(ct);
        calendar.Invalidate();
        replan.Notify();
        return TypedResults.NoContent();
    }

    internal static void RequireAdministrator(UnitScope scope)
    {
        if (!scope.IsAdministrator)
            throw new ForbiddenException("Only an administrator edits the working-day calendar.");
    }

    private static DateOnly ParseDate(string text) =>
        !DateOnly.TryParseExact(text, "yyyy-MM-dd", out var date) ? throw new FieldException("date", "A date looks like 2024-10-12.")
        : date.Year is < FirstYear or > LastYear ? throw new FieldException("date", $"The date is in the years {FirstYear} to {LastYear}.")
        : date;
}
