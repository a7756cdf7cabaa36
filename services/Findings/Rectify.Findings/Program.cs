using Rectify.ServiceDefaults.Hosting;

namespace Rectify.Findings;

public class Program
{
    public static async Task Main(string[] args)
    {
        var app = ServiceHost.Build(args, "findings", [FindingsModule.Module]);
        await app.RunAsync(args);
    }
}
