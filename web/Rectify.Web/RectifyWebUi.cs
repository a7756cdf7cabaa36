using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Components.Server.Circuits;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Rectify.ServiceDefaults.Data;
using Rectify.ServiceDefaults.Edge;
using Rectify.Web.Api;
using Rectify.Web.Auth;
using Rectify.Web.Localization;

namespace Rectify.Web;

/// <summary>Hooks the Blazor UI (巡察整改 web 界面) into a host: the web process or the embedded one-process host.</summary>
public static class RectifyWebUi
{
    public const string GatewayBaseUrlKey = "Gateway:BaseUrl";
    public const string DefaultGatewayBaseUrl = "http://localhost:8080";

    public static IHostApplicationBuilder AddRectifyWebUi(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;

        services.AddRazorComponents().AddInteractiveServerComponents();
        services.AddCascadingAuthenticationState();
        services.AddLocalization();
        services.AddHttpContextAccessor();
        services.AddAntiforgery(options => options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest);

        services.AddAuthentication(WebAuth.Scheme).AddCookie(WebAuth.Scheme, options =>
        {
            options.Cookie.Name = "Rectify.Web";
            options.Cookie.HttpOnly = true;
            options.Cookie.SameSite = SameSiteMode.Lax;
            // Secure whenever the browser used https, also when TLS ends at a trusted ingress (X-Forwarded-Proto).
            options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            options.LoginPath = WebAuth.SignInPath;
            options.LogoutPath = WebAuth.SignOutPath;
            options.ReturnUrlParameter = "returnUrl";
            // The cookie must not outlive the gateway token inside it (its expiry is set at sign-in).
            options.SlidingExpiration = false;
        });
        services.AddAuthorizationBuilder().AddPolicy(WebAuth.UserPolicy, policy => policy
            .AddAuthenticationSchemes(WebAuth.Scheme)
            .RequireAuthenticatedUser());

        // Web replicas and restarts must read each other's cookies, so the keys live in the data folder,
        // encrypted with the operator's certificate when one is configured (docs/security.md).
        services.AddDataProtection()
            .SetApplicationName("Rectify.Web")
            .PersistKeysToFileSystem(new DirectoryInfo(Path.Combine(DataDirectory.Resolve(builder.Configuration), "keys", "web")))
            .ProtectKeysWithConfiguredCertificate(builder.Configuration);

        services.AddSingleton<CircuitServicesAccessor>();
        services.AddScoped<CircuitHandler, CircuitServicesAccessorHandler>();
        services.AddTransient<AccessTokenHandler>();
        services.AddHttpClient<RectifyApiClient>((provider, client) =>
            {
                client.BaseAddress = GatewayBaseAddress(provider.GetRequiredService<IConfiguration>());
                client.Timeout = TimeSpan.FromSeconds(15);
            })
            .AddHttpMessageHandler<AccessTokenHandler>();

        return builder;
    }

    /// <summary>
    /// Adds the UI's middleware and endpoints. Call it once, after authentication/authorization middleware
    /// (implicit in WebApplication) and without a second MapStaticAssets() in the host.
    /// </summary>
    public static WebApplication MapRectifyWebUi(this WebApplication app)
    {
        app.UseSecurityHeaders(SecurityHeaders.PagePolicy, overwritePolicy: true);
        app.UseRequestLocalization(UiCultures.CreateOptions());
        app.UseCookieUserForBlazorHub();
        app.UseAntiforgery();

        app.MapStaticAssets();
        app.MapCultureEndpoints();
        app.MapSignOut();
        app.MapDownloads();
        app.MapTaskFiles();
        app.MapReportDownloads();
        app.MapRazorComponents<App>().AddInteractiveServerRenderMode();
        return app;
    }

    internal static Uri GatewayBaseAddress(IConfiguration configuration)
    {
        var url = configuration[GatewayBaseUrlKey] is { Length: > 0 } configured ? configured : DefaultGatewayBaseUrl;
        // A trailing slash keeps a path prefix in the base URL when relative API paths are appended.
        return new Uri(url.EndsWith('/') ? url : url + "/", UriKind.Absolute);
    }
}
