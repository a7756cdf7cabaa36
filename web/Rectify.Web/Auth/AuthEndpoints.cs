using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Rectify.Web.Auth;

internal static class AuthEndpoints
{
    /// <summary>POST /signout (form with antiforgery token): drops the cookie and goes to the sign-in page.</summary>
    public static IEndpointRouteBuilder MapSignOut(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost(WebAuth.SignOutPath, async (HttpContext context, IAntiforgery antiforgery) =>
        {
            if (!await antiforgery.IsRequestValidAsync(context))
            {
                return Results.BadRequest();
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
