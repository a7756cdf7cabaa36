using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Rectify.Web.Auth;

namespace Rectify.Web.Api;

/// <summary>
/// Files the browser downloads through the UI: a plain link carries the sign-in cookie, not the gateway token,
/// so the UI fetches the file with the user's token and hands it on.
/// </summary>
internal static class DownloadEndpoints
{
    public const string PeopleTemplatePath = "/units/people/template";

    public static IEndpointRouteBuilder MapDownloads(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet(PeopleTemplatePath, async (RectifyApiClient api, HttpContext context) =>
        {
            try
            {
                var file = await api.GetPeopleTemplateAsync(context.RequestAborted);
                return Results.File(file.Content, file.ContentType, file.FileName);
            }
            catch (ApiUnauthorizedException)
            {
                return Results.LocalRedirect(WebAuth.SignInUrl(PeopleTemplatePath, expired: true));
            }
            catch (ApiFailedException e)
            {
                return Results.Problem(statusCode: e.Status is { } status ? (int)status : StatusCodes.Status502BadGateway, title: "The template is not available.");
            }
        }).RequireAuthorization(WebAuth.UserPolicy).ExcludeFromDescription();
        return endpoints;
    }
}
