using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Rectify.Web.Api;

namespace Rectify.Web.Tests;

/// <summary>The real web host with the gateway replaced by <see cref="FakeGateway"/>.</summary>
/// <param name="settings">Configuration for this host, e.g. ("environment", "Production").</param>
public sealed partial class WebUiFactory(params (string Key, string Value)[] settings) : WebApplicationFactory<Rectify.Web.Host.Program>
{
    private readonly string dataDir = Directory.CreateTempSubdirectory("rectify-web-tests").FullName;

    /// <summary>The host's RECTIFY_DATA_DIR.</summary>
    public string DataDirectory => dataDir;

    public FakeGateway Gateway { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("RECTIFY_DATA_DIR", dataDir);
        builder.UseSetting("Gateway:BaseUrl", "http://gateway.test/");
        // Every page renders through the API client; its per-request information logs buried failures in the output.
        builder.UseSetting("Logging:LogLevel:Default", "Warning");
        foreach (var (key, value) in settings)
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureTestServices(services =>
            services.AddHttpClient<RectifyApiClient>().ConfigurePrimaryHttpMessageHandler(() => Gateway));
    }

    public HttpClient Browser() =>
        CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });

    /// <summary>Posts the sign-in form the way a browser would; returns the response to the post.</summary>
    public static async Task<HttpResponseMessage> SignInAsync(HttpClient browser, string username, string password, string returnUrl = "/")
    {
        var url = "/signin?returnUrl=" + Uri.EscapeDataString(returnUrl);
        var page = await browser.GetStringAsync(url);
        return await browser.PostAsync(url, new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["_handler"] = "signin",
            ["__RequestVerificationToken"] = AntiforgeryToken(page),
            ["Input.Username"] = username,
            ["Input.Password"] = password,
        }));
    }

    public static string AntiforgeryToken(string html) =>
        TokenPattern().Matches(html).Last().Groups[1].Value;

    /// <summary>Razor encodes non-ASCII text as character references; tests compare plain text.</summary>
    public static async Task<string> TextAsync(HttpResponseMessage response) =>
        WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing && Directory.Exists(dataDir))
        {
            Directory.Delete(dataDir, recursive: true);
        }
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();
}
