using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Rectify.Reporting.Model;
using Rectify.ServiceDefaults.Data;
using Rectify.ServiceDefaults.Hosting;
using Rectify.ServiceDefaults.Time;

namespace Rectify.Reporting.Infrastructure;

/// <summary>
/// Recounts <see cref="TaskSums"/>' overdue, yellow and no-recent-progress columns when the day they were
/// counted for is no longer today's (a new day, a calendar edit that moves "ten working days", changed
/// options). Until then the dashboard counts the open tasks itself, so figures are never a day behind.
/// </summary>
public sealed class DayFigures(ReportingDbContext db, TimeProvider time, IOptions<ReportingOptions> options, ReplicatedCalendar<ReportingDbContext> calendar)
{
    /// <summary>Returns whether it recounted (false: already counted for today, here or by another replica).</summary>
    public async Task<bool> RecountIfStaleAsync(CancellationToken ct)
    {
        var day = FigureDay.Now(time, options.Value, calendar);
        if ((await db.FigureBasis.AsNoTracking().SingleAsync(b => b.Id == FigureBasis.Single, ct)).Day == day)
            return false;
        return await db.InTransactionAsync(async token =>
        {
            // The lock first, as a task change takes it, then the check again: another replica may have just done it.
            if (await TaskSumsKeeper.LockBasisAsync(db, token) == day)
                return false;
            var (today, yellowUntil, staleBefore) = (day.Today, day.YellowUntil, day.StaleBefore);
            var live = db.Tasks.AsNoTracking().Where(t => !t.Withdrawn);
            var counts = await live.GroupBy(t => new { t.UnitId, t.InspectionId }).Select(g => new DayCount(
                g.Key.UnitId, g.Key.InspectionId, TaskSums.All,
                g.Count(t => t.OpenDeadline < today),
                g.Count(t => t.OpenDeadline >= today && t.OpenDeadline <= yellowUntil),
                g.Count(t => t.OpenLastActivityOn < staleBefore))).ToListAsync(token);
            // Per category (a left join: '' for findings without a tag) only the open tasks can count, so it reads those alone.
            var open = live.Where(t => t.OpenLastActivityOn != null || t.OpenDeadline != null);
            var tagged = from t in open
                         from c in db.FindingTags.Where(c => c.FindingId == t.FindingId).DefaultIfEmpty()
                         select new { t.UnitId, t.InspectionId, Category = c == null ? TaskSums.Uncategorised : c.Tag, t.OpenDeadline, t.OpenLastActivityOn };
            counts.AddRange(await tagged.GroupBy(x => new { x.UnitId, x.InspectionId, x.Category }).Select(g => new DayCount(
                g.Key.UnitId, g.Key.InspectionId, g.Key.Category,
                g.Count(x => x.OpenDeadline < today),
                g.Count(x => x.OpenDeadline >= today && x.OpenDeadline <= yellowUntil),
                g.Count(x => x.OpenLastActivityOn < staleBefore))).ToListAsync(token));
            var byRow = counts.ToDictionary(c => (c.UnitId, c.InspectionId, c.Category));
            foreach (var row in await db.TaskSums.ToListAsync(token))
            {
                var c = byRow.GetValueOrDefault((row.UnitId, row.InspectionId, row.Category));
                (row.Overdue, row.Yellow, row.NoRecentProgress) = c is null ? (0, 0, 0) : (c.Overdue, c.Yellow, c.Quiet);
            }
            await db.FigureBasis.Where(b => b.Id == FigureBasis.Single).ExecuteUpdateAsync(s => s
                .SetProperty(b => b.Today, day.Today).SetProperty(b => b.YellowUntil, day.YellowUntil).SetProperty(b => b.StaleBefore, day.StaleBefore), token);
            return true;
        }, ct);
    }
}

internal sealed record DayCount(Guid UnitId, Guid InspectionId, string Category, int Overdue, int Yellow, int Quiet);

/// <summary>Wakes <see cref="DayFiguresService"/> at once: a request found the day figures counted for another day.</summary>
public sealed class DayFiguresSignal : Wakeup;

/// <summary>
/// Runs <see cref="DayFigures"/> at start, every minute and when a request signals, on every replica; the
/// lock lets one do the work.
/// </summary>
public sealed class DayFiguresService(IServiceScopeFactory scopes, DayFiguresSignal signal, TimeProvider time, ILogger<DayFiguresService> logger)
    : BackgroundService
{
    public static readonly TimeSpan Every = TimeSpan.FromMinutes(1);

    /// <summary>
    /// A minute, or until just past the next midnight in Shanghai when that comes sooner: the new day's figures are
    /// then counted as it starts, rather than by the first dashboard requests of the day counting every open task.
    /// </summary>
    public static TimeSpan NextWait(DateTimeOffset now)
    {
        var local = TimeZoneInfo.ConvertTime(now, ChinaTime.Zone);
        var untilMidnight = local.Date.AddDays(1) - local.DateTime;
        return untilMidnight < Every ? untilMidnight + TimeSpan.FromSeconds(1) : Every;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                if (await scope.ServiceProvider.GetRequiredService<DayFigures>().RecountIfStaleAsync(stoppingToken))
                    logger.LogInformation("Recounted the day figures for {Day}", time.Today());
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex)
            {
                logger.LogWarning(ex, "Recounting the day figures failed; the dashboard counts open tasks until it succeeds");
            }
            try
            {
                await signal.WaitAsync(NextWait(time.GetUtcNow()), stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }
}
