using Microsoft.EntityFrameworkCore;
using Rectify.Reporting.Infrastructure;
using Rectify.Reporting.Model;
using Rectify.ServiceDefaults.Hosting;

namespace Rectify.Reporting.Apis;

public sealed record UnitCount(long Units);

public static class ReportsApi
{
    public static IEndpointRouteBuilder MapReportsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapServiceApi(ReportingModule.Name, "/api/reports").WithTags("Reports");
        api.MapGet("/units/count", CountAsync);

        // What the public may read without signing in; published notices join it later.
        var publicApi = app.MapGroup("/public").WithGroupName(ReportingModule.Name).WithTags("Public").AllowAnonymous();
        publicApi.MapGet("/summary", CountAsync);
        return app;
    }

    private static async Task<UnitCount> CountAsync(ReportingDbContext db, CancellationToken ct) =>
        new(await db.Counters.Where(c => c.Name == Counters.UnitsRegistered).Select(c => c.Value).FirstOrDefaultAsync(ct));
}
