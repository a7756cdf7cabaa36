using Rectify.ServiceDefaults.Hosting;

namespace Rectify.Units;

public class Program
{
    public static async Task Main(string[] args)
    {
        var app = ServiceHost.Build(args, "units", [UnitsModule.Module]);
        await app.RunAsync(args);
    }
}
