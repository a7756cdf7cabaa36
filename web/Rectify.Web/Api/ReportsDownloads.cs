using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Rectify.Web.Auth;

namespace Rectify.Web.Api;

/// <summary>
/// A notice's files (docx, pdf, html, md, txt) for signed-in users: a plain link carries the sign-in cookie, not the
/// gateway token, so the UI fetches the file with the user's token and hands it on (as DownloadEndpoints does).
/// Published notices need none of this: the public pages link to the API's anonymous /public/notices/{id}/{format}.
/// </summary>
public static class ReportDownloads
{
    public static string NoticeUrl(Guid id, string format) => $"reports/notices/{id}/download/{Uri.EscapeDataString(format)}";

    public static IEndpointRouteBuilder MapReportDownloads(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/reports/notices/{id:guid}/download/{format}", async (Guid id, string format, RectifyApiClient api, HttpContext context) =>
        {
            try
            {
                var file = await api.GetNoticeFileAsync(id, format, context.RequestAborted);
                return Results.File(file.Content, file.ContentType, file.FileName);
            }
            catch (ApiUnauthorizedException)
            {
                return Results.LocalRedirect(WebAuth.SignInUrl($"/reports/notices/{id}", expired: true));
            }
            catch (ApiFailedException e)
            {
                return Results.Problem(statusCode: e.Status is { } status ? (int)status : StatusCodes.Status502BadGateway,
                    title: "The notice file is not available.");
            }
        }).RequireAuthorization(WebAuth.UserPolicy).ExcludeFromDescription();
        return endpoints;
    }
}
