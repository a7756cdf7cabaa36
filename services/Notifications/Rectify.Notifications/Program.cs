using Rectify.ServiceDefaults.Hosting;

namespace Rectify.Notifications;

public class Program
{
    public static async Task Main(string[] args)
    {
        var app = ServiceHost.Build(args, "notifications", [NotificationsModule.Module]);
        await app.RunAsync(args);
    }
}
