namespace Rectify.Cli;

public static class Program
{
    public static async Task<int> Main(string[] args)
    {
        var options = CliOptions.Parse(args, Environment.GetEnvironmentVariable);
        using var http = new HttpClient { BaseAddress = options.BaseUrl, Timeout = TimeSpan.FromSeconds(30) };
        return await new Commands(new GatewayClient(http, options), Console.Out, Console.Error).RunAsync(options.Arguments);
    }
}
