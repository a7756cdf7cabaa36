using Rectify.ServiceDefaults.Data;
using Rectify.ServiceDefaults.Hosting;
using Rectify.ServiceDefaults.Replicas;
using Rectify.Reporting.Apis;
using Rectify.Reporting.Consumers;
using Rectify.Reporting.Infrastructure;

namespace Rectify.Reporting;

/// <summary>The 报表 (reporting): read models fed by events, and published notices.</summary>
public static class ReportingModule
{
    public const string Name = "reporting";

    public static readonly ServiceModule Module = new(
        Name,
        builder => builder.AddServiceDatabase<ReportingDbContext, ReportingSqliteDbContext, ReportingSqlServerDbContext>(Name),
        consumers => consumers.AddUnitReplicaConsumers<ReportingDbContext>().Add<UnitRegisteredCounter>(),
        app =>
        {
            app.MapUnitReplicas<ReportingDbContext>(Name, "/api/reports");
            app.MapReportsApi();
        });
}
