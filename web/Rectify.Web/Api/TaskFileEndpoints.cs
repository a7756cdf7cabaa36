using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Rectify.Web.Auth;

namespace Rectify.Web.Api;

/// <summary>
/// Evidence upload and download and the ledger export, as plain endpoints of the UI: a browser link or form carries the
/// sign-in cookie, not the gateway token, so the UI forwards the file with the user's token. The upload is an endpoint
/// rather than a page handler so that it works the same whether the task page is rendered statically or interactively,
/// and answers with a redirect back to the task (import-upload.js follows it after showing the progress).
/// </summary>
internal static class TaskFileEndpoints
{
    public static IEndpointRouteBuilder MapTaskFiles(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/tasks/{taskId:guid}/evidence/{evidenceId}", (Guid taskId, string evidenceId, RectifyApiClient api, HttpContext context) =>
                ForwardAsync(() => api.GetEvidenceFileAsync(taskId.ToString(), evidenceId, context.RequestAborted), context))
            .RequireAuthorization(WebAuth.UserPolicy).ExcludeFromDescription();

        endpoints.MapGet("/inspections/{inspectionId:guid}/ledger.xlsx", (Guid inspectionId, RectifyApiClient api, HttpContext context) =>
                ForwardAsync(() => api.GetLedgerAsync(inspectionId.ToString(), context.RequestAborted), context))
            .RequireAuthorization(WebAuth.UserPolicy).ExcludeFromDescription();

        endpoints.MapPost("/tasks/{taskId:guid}/evidence", UploadAsync)
            .RequireAuthorization(WebAuth.UserPolicy).DisableAntiforgery().ExcludeFromDescription();
        return endpoints;
    }

    // Antiforgery is checked here by hand (hence DisableAntiforgery above): the form is read only after it passes.
    private static async Task<IResult> UploadAsync(Guid taskId, RectifyApiClient api, IAntiforgery antiforgery, HttpContext context)
    {
        var back = $"/tasks/{taskId}";
        if (!await antiforgery.IsRequestValidAsync(context))
        {
            return Results.BadRequest();
        }

        var file = (await context.Request.ReadFormAsync(context.RequestAborted)).Files.GetFile("file");
        if (file is not { Length: > 0 })
        {
            return Results.LocalRedirect($"{back}?evidenceError=nothing#evidence");
        }

        try
        {
            await using var stream = file.OpenReadStream();
            var outcome = await api.UploadEvidenceAsync(taskId.ToString(), stream, Path.GetFileName(file.FileName), file.ContentType, context.RequestAborted);
            if (outcome.Problem is { } problem)
            {
                var detail = problem.Errors.SelectMany(e => e.Value).FirstOrDefault() ?? problem.Title ?? "";
                return Results.LocalRedirect($"{back}?evidenceError=rejected&detail={Uri.EscapeDataString(Cap(detail))}#evidence");
            }

            var warnings = outcome.Uploaded?.Warnings ?? [];
            var warning = string.Join("；", warnings.Select(w => w.Message).OfType<string>());
            var duplicate = warnings.Any(w => w.Code == "reused_across_tasks") ? "&duplicate=1" : "";
            return Results.LocalRedirect($"{back}?saved=evidence{duplicate}{(warning.Length > 0 ? "&detail=" + Uri.EscapeDataString(Cap(warning)) : "")}#evidence");
        }
        catch (ApiUnauthorizedException)
        {
            return Results.LocalRedirect(WebAuth.SignInUrl(back, expired: true));
        }
        catch (ApiFailedException e)
        {
            var code = e.Status switch
            {
                System.Net.HttpStatusCode.Forbidden => "forbidden",
                System.Net.HttpStatusCode.Conflict => "conflict",
                System.Net.HttpStatusCode.RequestEntityTooLarge => "too-large",
                _ => "failed",
            };
            return Results.LocalRedirect($"{back}?evidenceError={code}#evidence");
        }
    }

    private static async Task<IResult> ForwardAsync(Func<Task<ApiFile>> fetch, HttpContext context)
    {
        try
        {
            var file = await fetch();
            return Results.File(file.Content, file.ContentType, file.FileName);
        }
        catch (ApiUnauthorizedException)
        {
            return Results.LocalRedirect(WebAuth.SignInUrl(context.Request.Path, expired: true));
        }
        catch (ApiFailedException e)
        {
            return Results.Problem(statusCode: e.Status is { } status ? (int)status : StatusCodes.Status502BadGateway, title: "The file is not available.");
        }
    }

    // Messages travel back in the redirect's query string; keep it short.
    private static string Cap(string text) => text.Length > 300 ? text[..300] : text;
}
