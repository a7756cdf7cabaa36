using Rectify.ServiceDefaults.Hosting;

namespace Rectify.Tasks;

public class Program
{
    public static async Task Main(string[] args)
    {
        var app = ServiceHost.Build(args, "tasks", [TasksModule.Module]);
        await app.RunAsync(args);
    }
}
