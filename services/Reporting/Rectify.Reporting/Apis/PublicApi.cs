using Rectify.Reporting.Notices;
using Rectify.ServiceDefaults.Hosting;

namespace Rectify.Reporting.Apis;

/// <summary>/public: what anyone may read without signing in — published notices until they are withdrawn.</summary>
public static class PublicApi
{
    public static IEndpointRouteBuilder MapPublicApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/public").WithGroupName(ReportingModule.Name).WithTags("Public").AllowAnonymous();
        api.MapGet("/notices", async (int? skip, int? take, NoticeList list, HttpContext http, CancellationToken ct) =>
            TypedResults.Ok(await list.PublishedAsync(ListPage.Of(skip, take), http, ct)));
        api.MapGet("/notices/{id:guid}", GetAsync);
        api.MapGet("/notices/{id:guid}/{format}", FileAsync);
        return app;
    }

    private static async Task<IResult> GetAsync(Guid id, NoticeList list, CancellationToken ct)
    {
        var (notice, unitName) = await list.PublishedAsync(id, ct);
        var doc = NoticeBook.Frozen(notice)!;
        return TypedResults.Ok(new PublicNotice(notice.Id, doc.Title, unitName, notice.PublishedOn!.Value, TextRenderer.Markdown(doc), HtmlRenderer.Render(doc)));
    }

    private static async Task<IResult> FileAsync(Guid id, string format, NoticeList list, PdfPrinter pdf, CancellationToken ct)
    {
        var (notice, _) = await list.PublishedAsync(id, ct);
        return await NoticeFiles.RenderAsync(NoticeBook.Frozen(notice)!, format, pdf, ct);
    }
}
