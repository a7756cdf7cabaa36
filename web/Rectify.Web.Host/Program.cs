using Rectify.Web;

namespace Rectify.Web.Host;

/// <summary>The web UI process of the distributed deployment (port 5100).</summary>
public class Program
{
    public static void Main(string[] args)
    {
        var builder = WebApplication.CreateBuilder(args);
        // ServiceDefaults: builder.AddServiceDefaults(...) goes here.
        builder.AddRectifyWebUi();

        var app = builder.Build();
        // ServiceDefaults: app.MapDefaultEndpoints() goes here.
        app.MapRectifyWebUi();
        app.Run();
    }
}
