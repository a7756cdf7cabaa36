using Rectify.ServiceDefaults.Data;
using Rectify.ServiceDefaults.Hosting;
using Rectify.ServiceDefaults.Messaging;
using Rectify.ServiceDefaults.Replicas;
using Rectify.ServiceDefaults.Time;
using Rectify.Reporting.Apis;
using Rectify.Reporting.Consumers;
using Rectify.Reporting.Infrastructure;
using Rectify.Reporting.Ledger;
using Rectify.Reporting.Notices;
using Rectify.Reporting.Queries;
using Rectify.Reporting.Rebuild;

namespace Rectify.Reporting;

/// <summary>The 报表 (reporting): read models fed by events, dashboards, period snapshots and published notices.</summary>
public static class ReportingModule
{
    public const string Name = "reporting";

    public static readonly ServiceModule Module = new(
        Name,
        builder =>
        {
            builder.AddServiceDatabase<ReportingDbContext, ReportingSqliteDbContext, ReportingSqlServerDbContext, ReportingPostgresDbContext>(Name);
            builder.Services.Configure<ReportingOptions>(builder.Configuration.GetSection("Reporting"));
            builder.Services.AddReplicatedCalendar<ReportingDbContext>();
            builder.Services.AddScoped<FigureQueries>();
            builder.Services.AddScoped<DayFigures>();
            builder.Services.AddSingleton<DayFiguresSignal>();
            builder.Services.AddHostedService<DayFiguresService>();
            builder.Services.AddScoped<Reports>();
            builder.Services.AddScoped<InspectionReports>();
            builder.Services.AddScoped<MissingReports>();
            builder.Services.AddScoped<SnapshotBook>();
            builder.Services.AddScoped<NoticeBook>();
            builder.Services.AddScoped<NoticeList>();
            builder.Services.AddSingleton<PdfPrinter>();
            builder.Services.AddScoped<RebuildBook>();
            builder.Services.AddScoped<InspectionLedger>();
        },
        consumers => AddConsumers(consumers.Add<UnitRegisteredCounter>().AddCalendarConsumer<ReportingDbContext>()),
        app =>
        {
            app.MapUnitReplicas<ReportingDbContext>(Name, "/api/reports");
            app.MapReportsApi();
            app.MapNoticesApi();
            app.MapSnapshotsApi();
            app.MapPublicApi();
            app.MapTimelineApi();
            app.MapRebuildApi();
            app.MapInspectionLedgerApi();
        });

    private static void AddConsumers(ServiceConsumers c) => c
        .Add<UnitRegisteredConsumer>().Add<UnitUpdatedConsumer>().Add<PersonRegisteredNameConsumer>().Add<PersonUpdatedNameConsumer>()
        .Add<InspectionRegisteredConsumer>().Add<InspectionRevisedConsumer>().Add<InspectionWithdrawnConsumer>().Add<FeedbackDeliveredConsumer>()
        .Add<DueDatesScheduledConsumer>().Add<RectificationStartedConsumer>().Add<InspectionClosedConsumer>().Add<CluesCountedConsumer>()
        .Add<FindingRecordedConsumer>().Add<FindingRevisedConsumer>().Add<FindingCategorisedConsumer>().Add<FindingWithdrawnConsumer>()
        .Add<TaskPlannedConsumer>().Add<TaskAssignedConsumer>().Add<TaskDeadlineChangedConsumer>().Add<ExtensionRequestedConsumer>()
        .Add<ExtensionRejectedConsumer>().Add<CloseOutRequestedConsumer>().Add<CloseOutApprovedConsumer>().Add<TaskClosedConsumer>()
        .Add<TaskReturnedConsumer>().Add<TaskReopenedConsumer>().Add<TaskProgressReportedConsumer>().Add<OutcomeRecordedConsumer>()
        .Add<TaskRevisedConsumer>().Add<OutcomeFigureRemovedConsumer>()
        .Add<ProgressReportObligationScheduledConsumer>().Add<ProgressReportSubmittedConsumer>()
        .Add<StateRepublishedConsumer>();
}
