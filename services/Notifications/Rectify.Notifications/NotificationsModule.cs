using Rectify.Notifications.Apis;
using Rectify.Notifications.Calendar;
using Rectify.ServiceDefaults.Time;
using Rectify.Notifications.Consumers;
using Rectify.Notifications.Infrastructure;
using Rectify.Notifications.Model;
using Rectify.Notifications.Scheduling;
using Rectify.Notifications.Sending;
using Rectify.ServiceDefaults.Data;
using Rectify.ServiceDefaults.Hosting;
using Rectify.ServiceDefaults.Replicas;

namespace Rectify.Notifications;

/// <summary>The 提醒 (notifications): reminder schedules, escalations and deliveries.</summary>
public static class NotificationsModule
{
    public const string Name = "notifications";

    public static readonly ServiceModule Module = new(
        Name,
        builder =>
        {
            builder.AddServiceDatabase<NotificationsDbContext, NotificationsSqliteDbContext, NotificationsSqlServerDbContext, NotificationsPostgresDbContext>(Name);
            builder.Services.AddAccountStampReplica<NotificationsDbContext>();
            var services = builder.Services;
            var configuration = builder.Configuration;
            services.Configure<ReminderRules>(configuration.GetSection("Notifications:Rules"));
            services.Configure<QuietHours>(configuration.GetSection("Notifications:QuietHours"));
            services.Configure<SweepOptions>(configuration.GetSection("Notifications:Sweep"));
            services.Configure<SmtpOptions>(configuration.GetSection("Notifications:Smtp"));
            services.Configure<DigestOptions>(configuration.GetSection("Notifications:Digest"));
            services.AddSingleton<CalendarStore>();
            services.AddSingleton<NextYearCalendarCheck>();
            services.AddScoped<RuleBook>();
            services.AddScoped<RecipientDirectory>();
            services.AddScoped<Scheduler>();
            services.AddScoped<ReportPeriodPlanner>();
            services.AddScoped<ScheduleDispatcher>();
            services.AddSingleton<IEmailSender, SmtpEmailSender>();
            services.AddSingleton<WebhookTargets>();
            services.AddHttpClient<WebhookSender>(http => http.Timeout = TimeSpan.FromSeconds(15))
                .ConfigurePrimaryHttpMessageHandler(sp => WebhookConnections.Handler(sp.GetRequiredService<WebhookTargets>()))
                .RemoveAllLoggers(); // its request logs would carry the robots' access tokens (in the query string)
            services.AddSingleton<SweepRunner>();
            services.AddHostedService<ReminderSweeper>();
            services.AddScoped<DigestPlanner>();
            services.AddScoped<DigestComposer>();
            services.AddHostedService<PlanningService>();
            services.AddScoped<Replanner>();
            services.AddSingleton<ReplanSignal>();
            services.AddHostedService<ReplanService>();
        },
        consumers => consumers.AddUnitReplicaConsumers<NotificationsDbContext>().AddAccountStampConsumer<NotificationsDbContext>()
            .Add<DueDatesScheduledConsumer>()
            .Add<FeedbackDeliveredConsumer>()
            .Add<InspectionClosedConsumer>()
            .Add<InspectionWithdrawnConsumer>()
            .Add<PersonRegisteredConsumer>()
            .Add<PersonUpdatedConsumer>()
            .Add<RoleGrantedConsumer>()
            .Add<RoleRevokedConsumer>()
            .Add<FirstResponsiblePersonAssignedConsumer>()
            .Add<TaskPlannedConsumer>()
            .Add<TaskAssignedConsumer>()
            .Add<TaskDeadlineChangedConsumer>().Add<TaskRevisedConsumer>()
            .Add<TaskReturnedConsumer>()
            .Add<TaskReopenedConsumer>()
            .Add<TaskClosedConsumer>()
            .Add<ProgressReportObligationScheduledConsumer>()
            .Add<ProgressReportSubmittedConsumer>()
            .Add<ReportObligationClosedConsumer>()
            .Add<ReportObligationWithdrawnConsumer>()
            .Add<CalendarStateRepublisher>(),
        app =>
        {
            app.MapUnitReplicas<NotificationsDbContext>(Name, "/api/notifications");
            app.MapMyApi();
            app.MapAdminApi();
            app.MapCalendarApi();
            app.MapRulesApi();
        });
}
