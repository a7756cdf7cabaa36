using Rectify.Gateway.Extensions;
using Rectify.ServiceDefaults.Edge;
using Rectify.ServiceDefaults.Hosting;

namespace Rectify.Gateway;

/// <summary>
/// The one door into Rectify: routes, per-route auth, rate limits, body limits and active health
/// checks come from the <c>ReverseProxy</c> and <c>Gateway</c> sections of appsettings.json.
/// </summary>
public class Program
{
    public static async Task Main(string[] args)
    {
        var builder = WebApplication.CreateBuilder(args);
        builder.AddServiceDefaults("gateway");
        builder.AddGateway();

        var app = builder.Build();
        // First, so 401s and 429s carry them too. API answers get a policy that runs nothing; pages
        // proxied from the web host keep theirs.
        app.UseSecurityHeaders(SecurityHeaders.ApiPolicy);
        app.UseServiceDefaults();
        app.UseRateLimiter();
        app.MapDefaultEndpoints();
        app.MapGateway();
        await app.RunAsync();
    }
}
