using System.Globalization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Localization;

namespace Rectify.Web.Localization;

/// <summary>The UI languages: Chinese by default, English on request.</summary>
public static class UiCultures
{
    public const string Chinese = "zh-CN";
    public const string English = "en";

    public static readonly IReadOnlyList<string> Supported = [Chinese, English];

    public static bool IsSupported(string? culture) =>
        culture is not null && Supported.Contains(culture, StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// Only the culture cookie decides; the browser's Accept-Language is ignored on purpose so that
    /// Chinese stays the default for everyone until they pick English.
    /// </summary>
    public static RequestLocalizationOptions CreateOptions()
    {
        var cultures = Supported.Select(c => new CultureInfo(c)).ToList();
        return new RequestLocalizationOptions
        {
            DefaultRequestCulture = new RequestCulture(Chinese),
            SupportedCultures = cultures,
            SupportedUICultures = cultures,
            RequestCultureProviders = [new CookieRequestCultureProvider()],
        };
    }
}
