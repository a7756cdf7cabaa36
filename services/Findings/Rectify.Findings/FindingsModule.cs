using Rectify.ServiceDefaults.Data;
using Rectify.ServiceDefaults.Hosting;
using Rectify.ServiceDefaults.Replicas;
using Rectify.Findings.Apis;
using Rectify.Findings.Consumers;
using Rectify.Findings.Infrastructure;
using Rectify.Findings.Imports;
using Rectify.Findings.Model;

namespace Rectify.Findings;

/// <summary>The 问题 (findings): inspections, the finding tree, clues and import jobs.</summary>
public static class FindingsModule
{
    public const string Name = "findings";

    public static readonly ServiceModule Module = new(
        Name,
        builder =>
        {
            builder.AddServiceDatabase<FindingsDbContext, FindingsSqliteDbContext, FindingsSqlServerDbContext, FindingsPostgresDbContext>(Name);
            builder.Services.AddScoped<InspectionBook>();
            builder.Services.AddScoped<InspectionAccess>();
            builder.Services.AddScoped<DueDateRules>();
            builder.Services.AddScoped<Recommendations>();
            builder.Services.AddScoped<ClueRegister>();
            builder.Services.AddScoped<ProgressReports>();
            builder.Services.AddScoped<NoticeImporter>();
            builder.Services.Configure<DueDateDefaults>(builder.Configuration.GetSection("Findings:DueDates"));
        },
        consumers => consumers.AddUnitReplicaConsumers<FindingsDbContext>().Add<FindingStateRepublisher>(),
        app =>
        {
            app.MapUnitReplicas<FindingsDbContext>(Name, "/api/findings");
            app.MapInspectionsApi();
            app.MapImportsApi();
            app.MapDueDatePoliciesApi();
        });
}
