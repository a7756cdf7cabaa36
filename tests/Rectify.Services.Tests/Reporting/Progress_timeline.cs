using System.Net;
using System.Net.Http.Json;
using Rectify.Contracts.Tasks;
using static Rectify.Services.Tests.Reporting.FigureWorld;
using static Rectify.Services.Tests.Reporting.ReportingEvents;

namespace Rectify.Services.Tests.Reporting;

public sealed record TimelinePointDto(DateOnly WeekStart, DateOnly WeekEnd, int Closed, int Due);

public sealed record TimelineDto(DateOnly AsOf, int Weeks, int Total, int ClosedUndated, List<TimelinePointDto> Points);

/// <summary>
/// GET /api/reports/timeline against <see cref="FigureWorld"/> (today Monday 2026-06-15). In Fuzhou's scope a1, a2 and b2
/// were closed on 05-20; current deadlines: a1 and b2 05-31, b1 06-01, a3 06-10, a4 06-20, a5 09-30, a2 none.
/// </summary>
public sealed class Progress_timeline
{
    private static readonly DateOnly[] Mondays = [D(5, 25), D(6, 1), D(6, 8), D(6, 15)];

    [Fact]
    public async Task Each_week_counts_closed_and_due_tasks_up_to_its_sunday()
    {
        using var host = new ReportingHost();
        await FeedAsync(host);
        var office = host.As("inspection_office|j:/p/fz/");

        var timeline = (await office.GetFromJsonAsync<TimelineDto>("/api/reports/timeline?weeks=4"))!;

        Assert.Equal((D(6, 15), 4, 7, 0), (timeline.AsOf, timeline.Weeks, timeline.Total, timeline.ClosedUndated));
        Assert.Equal(Mondays, timeline.Points.Select(p => p.WeekStart));
        Assert.Equal(D(6, 21), timeline.Points[^1].WeekEnd);
        Assert.Equal([3, 3, 3, 3], timeline.Points.Select(p => p.Closed));
        Assert.Equal([2, 3, 4, 5], timeline.Points.Select(p => p.Due)); // c1 (Xiamen, due 06-01) is out of scope

        // a3 closed on Tuesday 06-09 moves the closed line from that week on; its deadline (06-10) still counts as due.
        await host.FeedAsync(new TaskClosed(Meta(5), A3Overdue with { State = "closed", ClosedOn = D(6, 9) }, null));
        timeline = (await office.GetFromJsonAsync<TimelineDto>("/api/reports/timeline?weeks=4"))!;
        Assert.Equal([3, 3, 4, 4], timeline.Points.Select(p => p.Closed));
        Assert.Equal([2, 3, 4, 5], timeline.Points.Select(p => p.Due));
    }

    [Fact]
    public async Task The_series_follows_the_filters_and_the_callers_scope()
    {
        using var host = new ReportingHost();
        await FeedAsync(host);
        var office = host.As("inspection_office|j:/p/fz/");

        var ofB = (await office.GetFromJsonAsync<TimelineDto>($"/api/reports/timeline?weeks=4&unitId={B}"))!;
        Assert.Equal(2, ofB.Total);
        Assert.Equal([1, 1, 1, 1], ofB.Points.Select(p => p.Closed));
        Assert.Equal([1, 2, 2, 2], ofB.Points.Select(p => p.Due));
        var roundOne = (await office.GetFromJsonAsync<TimelineDto>("/api/reports/timeline?weeks=1&round=R1"))!;
        Assert.Equal((5, 2, 3), (roundOne.Total, roundOne.Points.Single().Closed, roundOne.Points.Single().Due));

        var coordinator = host.As($"unit_coordinator|u:{A}");
        var own = (await coordinator.GetFromJsonAsync<TimelineDto>("/api/reports/timeline"))!;
        Assert.Equal((5, 12, D(6, 15)), (own.Total, own.Points.Count, own.Points[^1].WeekStart));
        var other = (await coordinator.GetFromJsonAsync<TimelineDto>($"/api/reports/timeline?unitId={B}"))!;
        Assert.Equal(0, other.Total);
        Assert.Equal(HttpStatusCode.BadRequest, (await office.GetAsync("/api/reports/timeline?weeks=0")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await host.Anonymous.GetAsync("/api/reports/timeline")).StatusCode);
    }
}
