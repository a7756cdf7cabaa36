using Microsoft.EntityFrameworkCore;

namespace Rectify.Reporting.Queries;

/// <summary>One week (Monday to Sunday) of the progress series: what was closed and what was due by its Sunday, cumulatively.</summary>
public sealed record TimelinePoint(DateOnly WeekStart, DateOnly WeekEnd, int Closed, int Due);

/// <summary>
/// Progress over time (整改进度趋势). <see cref="ClosedUndated"/> counts closed tasks without a close-out date:
/// they are in no week, so a chart can say why its last closed figure is below the dashboard's.
/// </summary>
public sealed record TimelineReport(DateOnly AsOf, TaskFilter Filter, int Weeks, int Total, int ClosedUndated, IReadOnlyList<TimelinePoint> Points);

/// <summary>
/// The weekly series behind the "progress over time" chart, from the read model's current state: a task counts as
/// closed from its <c>closedOn</c> (only while it is closed now) and as due from its <b>current</b> deadline.
/// The read model keeps no history, so a reopened task or a moved deadline rewrites the past weeks too.
/// </summary>
public static class Timeline
{
    public const int DefaultWeeks = 12, MaxWeeks = 104;

    public static async Task<TimelineReport> GetAsync(FigureQueries figures, TaskFilter filter, int weeks, CancellationToken ct)
    {
        var today = figures.Day().Today;
        var tasks = figures.Tasks(filter);
        var total = await tasks.CountAsync(ct);
        // Grouped per day in the database: a jurisdiction has far fewer distinct days than tasks.
        var closed = await tasks.Where(t => t.IsClosed && t.ClosedOn != null)
            .GroupBy(t => t.ClosedOn).Select(g => new { Day = g.Key!.Value, Count = g.Count() }).ToListAsync(ct);
        var undated = await tasks.CountAsync(t => t.IsClosed && t.ClosedOn == null, ct);
        var due = await tasks.Where(t => t.Deadline != null)
            .GroupBy(t => t.Deadline).Select(g => new { Day = g.Key!.Value, Count = g.Count() }).ToListAsync(ct);

        var thisMonday = today.AddDays(-(((int)today.DayOfWeek + 6) % 7));
        var points = new List<TimelinePoint>(weeks);
        for (var i = weeks - 1; i >= 0; i--)
        {
            var start = thisMonday.AddDays(-7 * i);
            var end = start.AddDays(6);
            points.Add(new TimelinePoint(start, end, closed.Where(c => c.Day <= end).Sum(c => c.Count), due.Where(d => d.Day <= end).Sum(d => d.Count)));
        }

        return new TimelineReport(today, filter, weeks, total, undated, points);
    }
}
