using Rectify.ServiceDefaults.Hosting;

namespace Rectify.Reporting;

public class Program
{
    public static async Task Main(string[] args)
    {
        var app = ServiceHost.Build(args, "reporting", [ReportingModule.Module]);
        await app.RunAsync(args);
    }
}
