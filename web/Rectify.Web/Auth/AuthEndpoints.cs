using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Logging;
using Rectify.Web.Api;

namespace Rectify.Web.Auth;

internal static class AuthEndpoints
{
    /// <summary>POST /signout (form with antiforgery token): drops the cookie and goes to the sign-in page.</summary>
    public static IEndpointRouteBuilder MapSignOut(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost(WebAuth.SignOutPath, async (HttpContext context, IAntiforgery antiforgery, RectifyApiClient api, ILoggerFactory logs) =>
        {
            if (!await antiforgery.IsRequestValidAsync(context))
            {
                return Results.BadRequest();
            }

            var user = await context.AuthenticateAsync(WebAuth.Scheme);
            if (user.Succeeded)
            {
                // Revoke first, so a copied cookie or token is worthless too; the cookie goes even if the gateway is down.
                context.User = user.Principal;
                try
                {
                    await api.RevokeTokensAsync(context.RequestAborted);
                }
                catch (ApiFailedException e)
                {
                    logs.CreateLogger("Rectify.Web.SignOut").LogWarning(e, "Could not revoke the tokens on sign-out");
                }
            }

            await context.SignOutAsync(WebAuth.Scheme);
            return Results.LocalRedirect(WebAuth.SignInPath);
        }).AllowAnonymous().DisableAntiforgery().ExcludeFromDescription();
        return endpoints;
    }

    /// <summary>
    /// The Blazor hub connection is authenticated with the default scheme. When a hosting app (the embedded
    /// host) makes another scheme the default, this still gives the circuit the user of the UI's cookie.
    /// </summary>
    public static IApplicationBuilder UseCookieUserForBlazorHub(this IApplicationBuilder app) =>
        app.UseWhen(
            context => context.Request.Path.StartsWithSegments("/_blazor")
                && context.User.Identity?.IsAuthenticated != true,
            branch => branch.Use(async (context, next) =>
            {
                var result = await context.AuthenticateAsync(WebAuth.Scheme);
                if (result.Succeeded)
                {
                    context.User = result.Principal;
                }

                await next(context);
            }));
}
