using Rectify.ServiceDefaults.Data;
using Rectify.ServiceDefaults.Hosting;
using Rectify.ServiceDefaults.Replicas;
using Rectify.Findings.Infrastructure;

namespace Rectify.Findings;

/// <summary>The 问题 (findings): inspections, the finding tree, clues and import jobs.</summary>
public static class FindingsModule
{
    public const string Name = "findings";

    public static readonly ServiceModule Module = new(
        Name,
        builder => builder.AddServiceDatabase<FindingsDbContext, FindingsSqliteDbContext, FindingsSqlServerDbContext>(Name),
        consumers => consumers.AddUnitReplicaConsumers<FindingsDbContext>(),
        app => app.MapUnitReplicas<FindingsDbContext>(Name, "/api/findings"));
}
