using System.Net;
using System.Net.Http.Headers;

namespace Rectify.Web.Api;

/// <summary>
/// Evidence files and the .xlsx ledger (台账) of the tasks service (docs/tasks.md "Evidence" and "The ledger", from
/// branch tasks2). The list answers 404 where the service has no evidence yet, and the page then leaves it out.
/// </summary>
public sealed partial class RectifyApiClient
{
    public static string EvidencePath(string taskId) => $"{Tasks}/{Segment(taskId)}/evidence";

    public static string LedgerPath(string inspectionId) => $"{Tasks}/inspections/{Segment(inspectionId)}/ledger";

    /// <summary>GET api/tasks/{id}/evidence; null when the service has no evidence endpoint (404).</summary>
    public async Task<List<EvidenceFile>?> GetEvidenceAsync(string taskId, CancellationToken cancellationToken = default)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, EvidencePath(taskId));
        using var response = await SendAsync(request, cancellationToken);
        if (response.StatusCode is HttpStatusCode.NotFound or HttpStatusCode.MethodNotAllowed)
        {
            return null;
        }

        await EnsureSuccessAsync(response);
        return await ReadAsync<List<EvidenceFile>>(response, cancellationToken);
    }

    /// <summary>POST api/tasks/{id}/evidence (multipart field "file").</summary>
    public async Task<EvidenceUpload> UploadEvidenceAsync(
        string taskId, Stream file, string fileName, string? contentType, CancellationToken cancellationToken = default)
    {
        var outcome = await CreateAsync<EvidenceUploaded>(EvidencePath(taskId), FilePart(file, fileName, contentType), cancellationToken);
        return new EvidenceUpload(outcome.Value, outcome.Problem);
    }

    /// <summary>GET api/tasks/{id}/evidence/{evidenceId}/content: the file's bytes.</summary>
    public Task<ApiFile> GetEvidenceFileAsync(string taskId, string evidenceId, CancellationToken cancellationToken = default) =>
        GetFileAsync($"{EvidencePath(taskId)}/{Segment(evidenceId)}/content", "evidence", cancellationToken);

    /// <summary>GET api/tasks/inspections/{id}/ledger: the three lists as one .xlsx.</summary>
    public Task<ApiFile> GetLedgerAsync(string inspectionId, CancellationToken cancellationToken = default) =>
        GetFileAsync(LedgerPath(inspectionId), "ledger.xlsx", cancellationToken);

    /// <summary>POST api/tasks/inspections/{id}/ledger (multipart "file"): counts, or the 400 with every bad row (nothing written).</summary>
    public async Task<ImportOutcome> ImportLedgerAsync(string inspectionId, Stream file, string fileName, CancellationToken cancellationToken = default)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, LedgerPath(inspectionId)) { Content = FilePart(file, fileName, XlsxType) };
        using var response = await SendAsync(request, cancellationToken);
        if (response.StatusCode == HttpStatusCode.BadRequest)
        {
            var (problem, rows) = await ReadProblemWithRowsAsync(response, cancellationToken);
            return new ImportOutcome(null, problem, rows);
        }

        await EnsureSuccessAsync(response);
        return new ImportOutcome(await ReadAsync<ImportResult>(response, cancellationToken), null, []);
    }

    private static MultipartFormDataContent FilePart(Stream file, string fileName, string? contentType)
    {
        var form = new MultipartFormDataContent();
        var part = new StreamContent(file);
        part.Headers.ContentType = MediaTypeHeaderValue.TryParse(contentType, out var type) ? type : new MediaTypeHeaderValue("application/octet-stream");
        form.Add(part, "file", fileName);
        return form;
    }

    private async Task<ApiFile> GetFileAsync(string path, string fallbackName, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        using var response = await SendAsync(request, cancellationToken);
        await EnsureSuccessAsync(response);
        var content = await response.Content.ReadAsByteArrayAsync(cancellationToken);
        var type = response.Content.Headers.ContentType?.ToString() ?? "application/octet-stream";
        var name = response.Content.Headers.ContentDisposition?.FileNameStar
            ?? response.Content.Headers.ContentDisposition?.FileName?.Trim('"')
            ?? fallbackName;
        return new ApiFile(content, type, name);
    }
}
