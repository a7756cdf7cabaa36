using Rectify.Findings;
using Rectify.Notifications;
using Rectify.Reporting;
using Rectify.ServiceDefaults.Hosting;
using Rectify.Tasks;
using Rectify.Units;
using Rectify.Web;

namespace Rectify.Embedded;

/// <summary>
/// <c>./rectify run</c>: all five services in one process, each with its own SQLite file, outbox
/// and queue, on MassTransit's in-memory bus, with the web UI and demo data, on one port.
/// </summary>
public class Program
{
    public static async Task Main(string[] args)
    {
        var app = ServiceHost.Build(args, "rectify",
            [UnitsModule.Module, FindingsModule.Module, TasksModule.Module, NotificationsModule.Module, ReportingModule.Module],
            builder =>
            {
                builder.UseEmbeddedDefaults();
                builder.AddRectifyWebUi();
                builder.Services.AddSingleton<DemoInspections>();
                builder.Services.AddSingleton<DemoLife>();
                builder.Services.AddHostedService<DemoData>();
            },
            app => app.MapRectifyWebUi());
        await app.RunAsync(args);
    }
}
