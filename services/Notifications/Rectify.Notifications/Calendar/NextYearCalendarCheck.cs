using Microsoft.EntityFrameworkCore;
using Rectify.Notifications.Infrastructure;
using Rectify.ServiceDefaults.Time;

namespace Rectify.Notifications.Calendar;

/// <summary><c>Warn</c>: the year is not entered and the notice is due (from 1 November, Asia/Shanghai).</summary>
public sealed record NextYearStatus(int Year, bool Entered, bool Warn);

/// <summary>
/// Whether next year's holiday calendar (下一年度节假日安排) is entered: the built-in State Council data covers it, or
/// an administrator has entered at least one holiday for it. The State Council usually publishes the notice in
/// late October or November; until it is entered, next year's deadlines count Monday–Friday only.
/// </summary>
public sealed class NextYearCalendarCheck(TimeProvider time)
{
    public const int WarnFromMonth = 11;

    public async Task<NextYearStatus> CheckAsync(NotificationsDbContext db, CancellationToken ct)
    {
        var today = time.Today();
        var year = today.Year + 1;
        var (from, to) = (new DateOnly(year, 1, 1), new DateOnly(year, 12, 31));
        var entered = HolidayResource.Load().Any(e => e.Year == year)
            || await db.CalendarDays.AnyAsync(d => d.Date >= from && d.Date <= to && !d.IsWorkingDay && d.Name != "", ct);
        return new NextYearStatus(year, entered, !entered && today.Month >= WarnFromMonth);
    }
}
