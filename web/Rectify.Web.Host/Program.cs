using Rectify.ServiceDefaults.Edge;
using Rectify.ServiceDefaults.Hosting;
using Rectify.Web;

namespace Rectify.Web.Host;

/// <summary>The web UI process of the distributed deployment (port 5100).</summary>
public class Program
{
    public static void Main(string[] args)
    {
        var builder = WebApplication.CreateBuilder(args);
        if (string.IsNullOrEmpty(builder.Configuration["urls"]))
        {
            builder.WebHost.UseUrls("http://localhost:5100");
        }

        // Defaults first: they make JWT bearer the default scheme, and the UI then makes its cookie the default.
        builder.AddServiceDefaults("web");
        builder.AddRectifyWebUi();

        var app = builder.Build();
        // The browser's address and scheme, as the gateway in front saw them (only a trusted proxy's word counts).
        app.UseTrustedProxies();
        app.MapDefaultEndpoints();
        app.MapRectifyWebUi();
        app.Run();
    }
}
