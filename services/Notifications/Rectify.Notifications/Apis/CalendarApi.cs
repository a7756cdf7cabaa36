using System.ComponentModel.DataAnnotations;
using System.Text.Json;
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

public sealed record RulePolicyRequest(
    [property: Required, RegularExpression("^/([^/]+/)+$", ErrorMessage = "A jurisdiction path looks like /a/b/.")] string JurisdictionPath,
    [property: Required] ReminderRules Rules);

public sealed record RulePolicyResponse(string? JurisdictionPath, ReminderRules Rules);

/// <summary>
/// The working-day calendar (节假日安排): everyone signed in reads it; only administrators change it,
/// since one deployment's calendar is everyone's. Reminder rules per jurisdiction: its inspection office.
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
        api.MapGet("/rules", RulesAsync);
        api.MapPut("/rules", SetRulesAsync).Validate<RulePolicyRequest>();
        api.MapDelete("/rules", RemoveRulesAsync);
        return app;
    }

    private static async Task<Ok<CalendarYearResponse>> YearAsync(int year, NotificationsDbContext db, CalendarStore calendar, CancellationToken ct)
    {
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
        var current = await calendar.CurrentAsync(db, ct);
        return TypedResults.Ok(new WorkingDaysResponse(from, days, current.AddWorkingDays(from, days)));
    }

    private static async Task<Ok<CalendarDayResponse>> SetDayAsync(
        string date, CalendarDayRequest request, NotificationsDbContext db, CalendarStore calendar, UnitScope scope, TimeProvider time,
        CancellationToken ct)
    {
        RequireAdministrator(scope);
        var day = ParseDate(date);
        var row = await db.CalendarDays.FirstOrDefaultAsync(d => d.Date == day, ct);
        if (row is null)
            db.CalendarDays.Add(row = new CalendarDay { Date = day, Name = "", Source = "edited" });
        var now = time.GetUtcNow();
        (row.IsWorkingDay, row.Name, row.Source, row.EditedAt) = (request.IsWorkingDay, request.Name.Trim(), "edited", now);
        if (await db.CalendarRemovals.FindAsync([day], ct) is { } removal)
            db.CalendarRemovals.Remove(removal);
        db.Publish(CalendarEdits.Changed(day, row.IsWorkingDay, row.Name, scope.Actor, now));
        await db.SaveChangesAsync(ct);
        calendar.Invalidate();
        return TypedResults.Ok(new CalendarDayResponse(row.Date, row.IsWorkingDay, row.Name, row.Source));
    }

    /// <summary>The day goes back to the plain week (Monday–Friday work).</summary>
    private static async Task<NoContent> RemoveDayAsync(string date, NotificationsDbContext db, CalendarStore calendar, UnitScope scope, TimeProvider time,
        CancellationToken ct)
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
        await db.SaveChangesAsync(ct);
        calendar.Invalidate();
        return TypedResults.NoContent();
    }

    private static async Task<Ok<List<RulePolicyResponse>>> RulesAsync(NotificationsDbContext db, RuleBook rules, CancellationToken ct)
    {
        var policies = await db.RulePolicies.AsNoTracking().OrderBy(p => p.JurisdictionPath).ToListAsync(ct);
        return TypedResults.Ok<List<RulePolicyResponse>>(
        [
            new(null, rules.Defaults),
            .. policies.Select(p => new RulePolicyResponse(p.JurisdictionPath, JsonSerializer.Deserialize<ReminderRules>(p.Rules, RuleBook.Json)!)),
        ]);
    }

    /// <summary>Applies to deadlines planned from now on; schedules already stored keep their days.</summary>
    private static async Task<Ok<RulePolicyResponse>> SetRulesAsync(RulePolicyRequest request, NotificationsDbContext db, UnitScope scope, CancellationToken ct)
    {
        if (!scope.HoldsOver(request.JurisdictionPath, RectifyRoles.InspectionOffice))
            throw new ForbiddenException("Only the jurisdiction's inspection office or an administrator sets its reminder rules.");
        var rules = request.Rules;
        if (rules.CalendarDaysBefore.Any(d => d is < 1 or > 366) || rules.WorkingDaysBefore.Any(d => d is < 1 or > 250))
            throw new FieldException("rules", "Days before a deadline are between 1 and 366 (calendar) or 250 (working).");
        if (rules.OverdueDailyFor is < 0 or > 250 || rules.EscalateToLeaderAfter is < 0 or > 250 || rules.EscalateToTopAfter is < 0 or > 250)
            throw new FieldException("rules", "Overdue counts are between 0 and 250 working days.");
        if (!Enum.IsDefined(rules.DigestDay))
            throw new FieldException("rules", "The digest day is 0 (Sunday) to 6 (Saturday).");
        var policy = await db.RulePolicies.FirstOrDefaultAsync(p => p.JurisdictionPath == request.JurisdictionPath, ct);
        if (policy is null)
            db.RulePolicies.Add(policy = new RulePolicy { JurisdictionPath = request.JurisdictionPath, Rules = "" });
        policy.Rules = JsonSerializer.Serialize(rules, RuleBook.Json);
        policy.Version++;
        await db.SaveChangesAsync(ct);
        return TypedResults.Ok(new RulePolicyResponse(policy.JurisdictionPath, rules));
    }

    private static async Task<NoContent> RemoveRulesAsync(string jurisdictionPath, NotificationsDbContext db, UnitScope scope, CancellationToken ct)
    {
        if (!scope.HoldsOver(jurisdictionPath, RectifyRoles.InspectionOffice))
            throw new ForbiddenException("Only the jurisdiction's inspection office or an administrator sets its reminder rules.");
        var policy = await db.RulePolicies.FirstOrDefaultAsync(p => p.JurisdictionPath == jurisdictionPath, ct) ?? throw new NotFoundException("Rule policy");
        db.RulePolicies.Remove(policy);
        await db.SaveChangesAsync(ct);
        return TypedResults.NoContent();
    }

    private static void RequireAdministrator(UnitScope scope)
    {
        if (!scope.IsAdministrator)
            throw new ForbiddenException("Only an administrator edits the working-day calendar.");
    }

    private static DateOnly ParseDate(string text) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", out var date) ? date : throw new FieldException("date", "A date looks like 2024-10-12.");
}
