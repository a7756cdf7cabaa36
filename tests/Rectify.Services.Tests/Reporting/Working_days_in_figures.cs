using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Rectify.ServiceDefaults.Time;
using Rectify.Contracts;
using Rectify.Contracts.Notifications;
using Rectify.Services.Tests.Support;
using static Rectify.Services.Tests.Reporting.ReportingEvents;

namespace Rectify.Services.Tests.Reporting;

/// <summary>
/// Yellow counts the same working days as the tasks service's lights: the State Council's holidays and
/// make-up days, then the administrators' edits. Today is Friday 2024-09-27; ten working days later is
/// 2024-10-16 (29 and 30 Sep, 8–12 Oct with the make-up Saturday, 14–16 Oct), so a task due 2024-10-15
/// is yellow — by Monday–Friday alone it would be green (2024-10-11).
/// </summary>
public sealed class Working_days_in_figures : IDisposable
{
    private static readonly Guid Unit = Guid.NewGuid(), Inspection = Guid.NewGuid(), Finding = Guid.NewGuid(), Task = Guid.NewGuid();
    private readonly ReportingHost _host = new();

    private HttpClient Office => _host.As("inspection_office|j:/p/fz/");

    [Fact]
    public async Task Yellow_follows_the_holidays_and_the_administrators_edits()
    {
        _host.Clock.Advance(new DateTimeOffset(2024, 9, 27, 2, 0, 0, TimeSpan.Zero) - _host.Clock.GetUtcNow());
        await _host.FeedAsync(ReportingEvents.Unit(Unit, "县科技局党组", "/p/fz/kj/"));
        await _host.FeedAsync(ReportingEvents.Inspection(Inspection, Unit), ReportingEvents.Finding(Finding, Inspection, Unit, null, 1, "一", "问题", 2),
            Planned(TaskOf(Task, Finding, Inspection, Unit, "/p/fz/kj/", "in_progress", new DateOnly(2024, 10, 15))));

        Assert.Equal((1, 0), await YellowAndGreenAsync());

        // 3 and 4 October made working days: ten working days now end on 14 October, before the deadline.
        await _host.FeedAsync(Changed(new DateOnly(2024, 10, 3), true, 1), Changed(new DateOnly(2024, 10, 4), true, 1));
        await Eventually.HoldsAsync(YellowAndGreenAsync, f => f == (0, 1));
        Assert.Equal((0, 1), await YellowAndGreenAsync());

        // An older edit arriving late changes nothing.
        await _host.FeedAsync(Changed(new DateOnly(2024, 10, 3), false, 0));
        Assert.True(await _host.Db(db => db.Set<CalendarOverride>().Where(d => d.Date == new DateOnly(2024, 10, 3)).Select(d => d.IsWorkingDay == true).SingleAsync()));

        // Removing the make-up Saturday 12 October returns it to the plain week: ten working days end on the 15th again.
        await _host.FeedAsync(Changed(new DateOnly(2024, 10, 12), null, 2));
        await Eventually.HoldsAsync(YellowAndGreenAsync, f => f == (1, 0));
        Assert.Equal((1, 0), await YellowAndGreenAsync());
    }

    private async Task<(int Yellow, int Green)> YellowAndGreenAsync()
    {
        var totals = (await Office.GetFromJsonAsync<DashboardDto>("/api/reports/dashboard"))!.Totals;
        return (totals.Yellow, totals.Green);
    }

    private static CalendarDayChanged Changed(DateOnly date, bool? working, long version) =>
        new(EventMeta.New(version, "admin", DateTimeOffset.UtcNow), date, working, working is null ? null : "调整");

    public void Dispose() => _host.Dispose();
}
