using Rectify.ServiceDefaults.Time;
using Microsoft.EntityFrameworkCore;
using Rectify.Notifications.Infrastructure;
using Rectify.Notifications.Model;

namespace Rectify.Notifications.Calendar;

/// <summary>
/// The deployment's calendar: the database's days, seeded once per year from the State Council resource
/// and editable by administrators. Cached per process; an edit here refreshes at once, an edit by another
/// instance within <see cref="Refresh"/>.
/// </summary>
public sealed class CalendarStore(TimeProvider time)
{
    public static readonly TimeSpan Refresh = TimeSpan.FromMinutes(5);

    private readonly SemaphoreSlim _gate = new(1, 1);
    private WorkingCalendar? _current;
    private DateTimeOffset _loadedAt;

    public async Task<IWorkingCalendar> CurrentAsync(NotificationsDbContext db, CancellationToken ct)
    {
        if (_current is { } cached && time.GetUtcNow() - _loadedAt < Refresh)
            return cached;
        await _gate.WaitAsync(ct);
        try
        {
            if (_current is { } again && time.GetUtcNow() - _loadedAt < Refresh)
                return again;
            await SeedAsync(db, ct);
            var days = await db.CalendarDays.AsNoTracking().ToDictionaryAsync(d => d.Date, d => d.IsWorkingDay, ct);
            _current = new WorkingCalendar(days);
            _loadedAt = time.GetUtcNow();
            return _current;
        }
        finally
        {
            _gate.Release();
        }
    }

    public void Invalidate() => _current = null;

    /// <summary>
    /// Adds the resource's years the database has not seen. A seeded year is never seeded again, so an
    /// administrator's deletion or change stays; two instances seeding at once collide on the year's key.
    /// </summary>
    public async Task SeedAsync(NotificationsDbContext db, CancellationToken ct)
    {
        var seeded = await db.CalendarYears.Select(y => y.Year).ToListAsync(ct);
        var missing = HolidayResource.Load().Where(e => !seeded.Contains(e.Year)).GroupBy(e => e.Year).ToList();
        if (missing.Count == 0)
            return;
        var existing = (await db.CalendarDays.Select(d => d.Date).ToListAsync(ct)).ToHashSet();
        foreach (var year in missing)
        {
            db.CalendarYears.Add(new CalendarYear { Year = year.Key, SeededAt = time.GetUtcNow() });
            foreach (var entry in year.Where(e => existing.Add(e.Date)))
                db.CalendarDays.Add(new CalendarDay { Date = entry.Date, IsWorkingDay = entry.IsWorkingDay, Name = entry.Name, Source = "seed" });
        }
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            db.ChangeTracker.Clear(); // another instance seeded first
        }
    }
}
