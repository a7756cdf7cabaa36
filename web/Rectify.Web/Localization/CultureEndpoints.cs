using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Localization;
using Microsoft.AspNetCore.Routing;
using Rectify.Web.Auth;

namespace Rectify.Web.Localization;

internal static class CultureEndpoints
{
    public const string SetPath = "/culture/set";

    /// <summary>GET /culture/set?culture=en&amp;redirectUri=/units — stores the choice in the culture cookie.</summary>
    public static IEndpointRouteBuilder MapCultureEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet(SetPath, (HttpContext context, string? culture, string? redirectUri) =>
        {
            if (!UiCultures.IsSupported(culture))
            {
                return Results.BadRequest();
            }

            context.Response.Cookies.Append(
                CookieRequestCultureProvider.DefaultCookieName,
                CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(culture!)),
                new CookieOptions
                {
                    Expires = DateTimeOffset.UtcNow.AddYears(1),
                    IsEssential = true,
                    HttpOnly = true,
                    SameSite = SameSiteMode.Lax,
                    Secure = context.Request.IsHttps,
                });
            return Results.LocalRedirect(LocalUrl.OrRoot(redirectUri));
        }).AllowAnonymous().ExcludeFromDescription();
        return endpoints;
    }
}
