using System.Text;
using Rectify.Reporting.Notices;

namespace Rectify.Reporting.Apis;

/// <summary>A notice in one of its formats: md, txt, html, docx or pdf.</summary>
public static class NoticeFiles
{
    public static readonly IReadOnlyList<string> Formats = ["md", "txt", "html", "docx", "pdf"];

    public static async Task<IResult> RenderAsync(NoticeDocument doc, string format, PdfPrinter pdf, CancellationToken ct)
    {
        // The title as it is: the framework writes filename* (RFC 5987) itself; escaping here encoded it twice.
        var name = doc.Title;
        switch (format)
        {
            case "md": return Text(TextRenderer.Markdown(doc), "text/markdown; charset=utf-8");
            case "txt": return Text(TextRenderer.PlainText(doc), "text/plain; charset=utf-8");
            case "html": return Text(HtmlRenderer.Render(doc), "text/html; charset=utf-8");
            case "docx":
                return TypedResults.File(DocxRenderer.Render(doc), "application/vnd.openxmlformats-officedocument.wordprocessingml.document", $"{name}.docx");
            case "pdf":
                try
                {
                    return TypedResults.File(await pdf.PrintAsync(HtmlRenderer.Render(doc), ct), "application/pdf", $"{name}.pdf");
                }
                catch (PdfBusyException e)
                {
                    return new RetryLater(TypedResults.Problem(e.Message, statusCode: StatusCodes.Status503ServiceUnavailable, title: "PDF busy"));
                }
                catch (PdfUnavailableException e)
                {
                    return TypedResults.Problem(e.Message, statusCode: StatusCodes.Status503ServiceUnavailable, title: "PDF unavailable");
                }
            default:
                return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["format"] = [$"format is one of {string.Join(", ", Formats)}."] });
        }
    }

    /// <summary>A 503 with Retry-After: many anonymous readers asked for PDFs at once.</summary>
    private sealed class RetryLater(IResult inner) : IResult
    {
        public Task ExecuteAsync(HttpContext context)
        {
            context.Response.Headers.RetryAfter = ((int)PdfBusyException.RetryAfter.TotalSeconds).ToString(System.Globalization.CultureInfo.InvariantCulture);
            return inner.ExecuteAsync(context);
        }
    }

    private static IResult Text(string text, string contentType) => TypedResults.Text(text, contentType, Encoding.UTF8);
}
