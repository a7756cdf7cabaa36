namespace Rectify.Embedded;

internal static class EmbeddedDefaults
{
    /// <summary>
    /// One port for UI and API (RECTIFY_PORT, default 8080), and the UI calls the API on that same
    /// port, since in one process this host is its own gateway.
    /// </summary>
    public static WebApplicationBuilder UseEmbeddedDefaults(this WebApplicationBuilder builder)
    {
        var port = builder.Configuration["RECTIFY_PORT"] is { Length: > 0 } configured ? configured : "8080";
        if (string.IsNullOrEmpty(builder.Configuration["urls"]))
            builder.WebHost.UseUrls($"http://localhost:{port}");
        builder.Configuration[Rectify.Web.RectifyWebUi.GatewayBaseUrlKey] ??= $"http://localhost:{port}";
        return builder;
    }
}
