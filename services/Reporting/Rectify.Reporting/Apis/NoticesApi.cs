using Rectify.Reporting.Notices;
using Rectify.ServiceDefaults.Hosting;

namespace Rectify.Reporting.Apis;

/// <summary>/api/reports/notices: the coordinator's drafts, their previews, publishing and withdrawing.</summary>
public static class NoticesApi
{
    public static IEndpointRouteBuilder MapNoticesApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapServiceApi(ReportingModule.Name, "/api/reports").WithTags("Notices");
        api.MapPost("/inspections/{inspectionId:guid}/notices", CreateAsync);
        api.MapGet("/notices", ListAsync);
        api.MapGet("/notices/{id:guid}", GetAsync);
        api.MapPut("/notices/{id:guid}", EditAsync);
        api.MapGet("/notices/{id:guid}/{format}", FileAsync);
        api.MapPost("/notices/{id:guid}/publish", PublishAsync);
        api.MapPost("/notices/{id:guid}/withdraw", WithdrawAsync);
        return app;
    }

    private static async Task<IResult> CreateAsync(Guid inspectionId, NoticeBook book, HttpContext http, CancellationToken ct)
    {
        var notice = await book.CreateAsync(inspectionId, ct);
        http.SetETag(notice.Version);
        return TypedResults.Created($"/api/reports/notices/{notice.Id}", await book.ViewAsync(notice, ct));
    }

    private static async Task<IResult> ListAsync(Guid? inspectionId, int? skip, int? take, NoticeList list, HttpContext http, CancellationToken ct) =>
        TypedResults.Ok(await list.ForCallerAsync(inspectionId, ListPage.Of(skip, take), http, ct));

    private static async Task<IResult> GetAsync(Guid id, NoticeBook book, HttpContext http, CancellationToken ct)
    {
        var notice = await book.VisibleAsync(id, ct);
        http.SetETag(notice.Version);
        return TypedResults.Ok(await book.ViewAsync(notice, ct));
    }

    private static async Task<IResult> EditAsync(Guid id, NoticeEdit edit, NoticeBook book, HttpContext http, CancellationToken ct) =>
        await Answer(await book.EditAsync(id, edit, http.Request.IfMatch(), ct), book, http, ct);

    private static async Task<IResult> PublishAsync(Guid id, NoticeBook book, HttpContext http, CancellationToken ct) =>
        await Answer(await book.PublishAsync(id, http.Request.IfMatch(), ct), book, http, ct);

    private static async Task<IResult> WithdrawAsync(Guid id, NoticeBook book, HttpContext http, CancellationToken ct) =>
        await Answer(await book.WithdrawAsync(id, http.Request.IfMatch(), ct), book, http, ct);

    private static async Task<IResult> FileAsync(Guid id, string format, NoticeBook book, PdfPrinter pdf, CancellationToken ct)
    {
        var notice = await book.VisibleAsync(id, ct);
        return await NoticeFiles.RenderAsync(await book.DocumentAsync(notice, ct), format, pdf, ct);
    }

    private static async Task<IResult> Answer(Model.ProgressNotice notice, NoticeBook book, HttpContext http, CancellationToken ct)
    {
        http.SetETag(notice.Version);
        return TypedResults.Ok(await book.ViewAsync(notice, ct));
    }
}
