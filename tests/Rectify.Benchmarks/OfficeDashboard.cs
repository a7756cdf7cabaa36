using System.Security.Claims;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;
using Rectify.Reporting;
using Rectify.Reporting.Infrastructure;
using Rectify.Reporting.Queries;
using Rectify.ServiceDefaults.Auth;
using Rectify.ServiceDefaults.Time;

namespace Rectify.Benchmarks;

/// <summary>
/// The inspection office's jurisdiction dashboard over every unit under <c>/p/</c>, through the reporting service's
/// own query code (<see cref="Reports.DashboardAsync"/>), sorted by overdue as the page opens. Any provider.
/// </summary>
public static class OfficeDashboard
{
    public static async Task<int> RunAsync(ReportingDbContext db, TimeProvider time, string? category = null)
    {
        var dashboard = await new Reports(db, Figures(db, time), Office()).DashboardAsync(new TaskFilter("/p/", Category: category), "overdue", true, CancellationToken.None);
        return dashboard.Rows.Count;
    }

    public static FigureQueries Figures(ReportingDbContext db, TimeProvider time) =>
        new(db, Office(), time, Options.Create(new ReportingOptions()), new ReplicatedCalendar<ReportingDbContext>());

    /// <summary>What the service does at start and at each new day: the kept sums' day figures counted for today.</summary>
    public static Task<bool> RecountDayFiguresAsync(ReportingDbContext db) =>
        new DayFigures(db, TimeProvider.System, Options.Create(new ReportingOptions()), new ReplicatedCalendar<ReportingDbContext>())
            .RecountIfStaleAsync(CancellationToken.None);

    public static UnitScope Office()
    {
        var user = new ClaimsPrincipal(new ClaimsIdentity([new Claim(RectifyClaims.Grant, "inspection_office|j:/p/")], "bench"));
        return new UnitScope(new HttpContextAccessor { HttpContext = new DefaultHttpContext { User = user } });
    }
}
