using Rectify.ServiceDefaults.Time;
using Rectify.ServiceDefaults.Data;
using Rectify.ServiceDefaults.Hosting;
using Rectify.ServiceDefaults.Replicas;
using Rectify.Tasks.Apis;
using Rectify.Tasks.Bulk;
using Rectify.Tasks.Consumers;
using Rectify.Tasks.Evidence;
using Rectify.Tasks.Infrastructure;
using Rectify.Tasks.Ledger;
using Rectify.Tasks.Model;

namespace Rectify.Tasks;

/// <summary>The 整改任务 (tasks): rectification tasks, progress, outcome figures, deadlines and close-out.</summary>
public static class TasksModule
{
    public const string Name = "tasks";

    public static readonly ServiceModule Module = new(
        Name,
        builder =>
        {
            builder.AddServiceDatabase<TasksDbContext, TasksSqliteDbContext, TasksSqlServerDbContext, TasksPostgresDbContext>(Name);
            builder.Services.AddAccountStampReplica<TasksDbContext>();
            builder.Services.AddOptions<TasksOptions>().BindConfiguration("Tasks")
                .Validate(o => o.CloseOutLevels is 1 or 2, "Tasks:CloseOutLevels is 1 or 2.")
                .Validate(o => o.ExtensionApprover is TasksOptions.Unit or TasksOptions.Office, "Tasks:ExtensionApprover is unit or office.")
                .Validate(o => o.EvidenceMaxBytes > 0, "Tasks:EvidenceMaxBytes is above 0.")
                .ValidateOnStart();
            builder.Services.AddReplicatedCalendar<TasksDbContext>();
            builder.Services.AddSingleton<IWorkingCalendar>(sp => sp.GetRequiredService<ReplicatedCalendar<TasksDbContext>>());
            builder.Services.AddScoped<TaskBook>();
            builder.Services.AddScoped<TaskAccess>();
            builder.Services.AddScoped<TaskViews>();
            builder.Services.AddSingleton<EvidenceStore>();
            builder.Services.AddScoped<EvidenceViews>();
            builder.Services.AddScoped<LedgerExport>();
            builder.Services.AddScoped<LedgerImport>();
            builder.Services.AddScoped<BulkChanges>();
            builder.Services.AddExceptionHandler<TaskConflictHandler>();
        },
        consumers => consumers.AddUnitReplicaConsumers<TasksDbContext>().AddAccountStampConsumer<TasksDbContext>().AddCalendarConsumer<TasksDbContext>()
            .Add<InspectionRegisteredConsumer>().Add<InspectionRevisedConsumer>().Add<FeedbackDeliveredConsumer>()
            .Add<RectificationDueDatesScheduledConsumer>().Add<InspectionClosedConsumer>().Add<InspectionCloseOutPolicySetConsumer>()
            .Add<FindingRecordedConsumer>().Add<FindingRevisedConsumer>().Add<FindingWithdrawnConsumer>().Add<FindingCategorisedConsumer>()
            .Add<FindingProgressImportedConsumer>()
            .Add<PersonRegisteredConsumer>().Add<PersonUpdatedConsumer>()
            .Add<TaskStateRepublisher>(),
        app =>
        {
            app.MapUnitReplicas<TasksDbContext>(Name, "/api/tasks");
            app.MapTasksApi();
            app.MapEvidenceApi();
            app.MapLedgerApi();
            app.MapBulkApi();
        });
}
