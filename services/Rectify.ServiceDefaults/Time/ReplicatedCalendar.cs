using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Rectify.ServiceDefaults.Data;
using Rectify.ServiceDefaults.Hosting;

namespace Rectify.ServiceDefaults.Time;

/// <summary>
/// The working-day calendar of a service that does not own it: the built-in State Council data with the
/// administrators' edits (its <see cref="CalendarOverride"/> rows) laid over it. Reads are synchronous and
/// lock-free; the calendar is swapped whole when the rows are reloaded — at start, right after this
/// replica applies an edit, and every <see cref="Refresh"/> for edits another replica applied.
/// </summary>
public sealed class ReplicatedCalendar<TContext> : IWorkingCalendar where TContext : ServiceDbContext
{
    public static readonly TimeSpan Refresh = TimeSpan.FromMinutes(1);

    private static readonly IReadOnlyList<HolidayEntry> BuiltIn = HolidayResource.Load();
    private readonly Wakeup _wake = new();
    private volatile WorkingCalendar _current = HolidayResource.Calendar();

    public bool IsWorkingDay(DateOnly date) => _current.IsWorkingDay(date);
    public DateOnly AddWorkingDays(DateOnly from, int days) => _current.AddWorkingDays(from, days);
    public int WorkingDaysBetween(DateOnly after, DateOnly until) => _current.WorkingDaysBetween(after, until);
    public DateOnly OnOrBefore(DateOnly date) => _current.OnOrBefore(date);

    /// <summary>Asks the refresher to reload now (after an edit was committed).</summary>
    public void Changed() => _wake.Notify();

    public async Task ReloadAsync(TContext db, CancellationToken ct)
    {
        var overrides = await db.Set<CalendarOverride>().AsNoTracking().ToListAsync(ct);
        _current = Compose(overrides);
    }

    public static WorkingCalendar Compose(IEnumerable<CalendarOverride> overrides)
    {
        var days = BuiltIn.ToDictionary(e => e.Date, e => e.IsWorkingDay);
        foreach (var day in overrides)
        {
            if (day.IsWorkingDay is { } working)
                days[day.Date] = working;
            else
                days.Remove(day.Date);
        }
        return new WorkingCalendar(days);
    }

    internal Task WaitAsync(CancellationToken ct) => _wake.WaitAsync(Refresh, ct);
}

/// <summary>Keeps a <see cref="ReplicatedCalendar{TContext}"/> current; a failed reload keeps the last calendar.</summary>
internal sealed class CalendarRefresher<TContext>(
    ReplicatedCalendar<TContext> calendar, IServiceScopeFactory scopes, ILogger<CalendarRefresher<TContext>> logger) : BackgroundService
    where TContext : ServiceDbContext
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                await calendar.ReloadAsync(scope.ServiceProvider.GetRequiredService<TContext>(), stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // Before migrations ran, or the database is briefly away: the next round retries.
                logger.LogWarning(e, "Reloading the working-day calendar failed; keeping the previous one.");
            }
            try
            {
                await calendar.WaitAsync(stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }
}
