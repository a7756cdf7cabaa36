using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Rectify.Web.Api;

/// <summary>The findings service: inspections, their finding trees, and notice imports (docs/findings.md).</summary>
public sealed partial class RectifyApiClient
{
    private const string Inspections = "api/findings/inspections";
    private const string Imports = "api/findings/imports";

    // An import commit tells "keep what the notice says" (absent) from "set it empty" (round ""), so nulls are left out.
    private static readonly JsonSerializerOptions OmitNulls = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    /// <summary>GET api/findings/inspections[?unitId=].</summary>
    public Task<List<InspectionSummary>> GetInspectionsAsync(string? unitId = null, CancellationToken cancellationToken = default) =>
        GetAllAsync<InspectionSummary>(unitId is null ? Inspections : $"{Inspections}?unitId={Segment(unitId)}", cancellationToken);

    /// <summary>GET api/findings/inspections/{id}: metadata and the nested finding tree.</summary>
    public Task<InspectionDetail> GetInspectionAsync(string id, CancellationToken cancellationToken = default) =>
        GetAsync<InspectionDetail>($"{Inspections}/{Segment(id)}", cancellationToken);

    /// <summary>POST api/findings/inspections; the created inspection or the 400 problem.</summary>
    public Task<ApiCreated<InspectionDetail>> RegisterInspectionAsync(NewInspection inspection, CancellationToken cancellationToken = default) =>
        CreateAsync<InspectionDetail>(Inspections, Json(inspection), cancellationToken);

    /// <summary>PUT api/findings/inspections/{id}/close-out-policy: levels 1 or 2 (null: the deployment's default) and the findings the office always reviews.</summary>
    public Task<ApiValidationProblem?> SetCloseOutPolicyAsync(string id, int? closeOutLevels, IReadOnlyList<string> officeReviewedFindingIds,
        CancellationToken cancellationToken = default) =>
        WriteAsync(HttpMethod.Put, $"{Inspections}/{Segment(id)}/close-out-policy", new { closeOutLevels, officeReviewedFindingIds }, cancellationToken);

    /// <summary>POST api/findings/inspections/{id}/feedback (反馈); delivering again corrects the date.</summary>
    public Task<ApiValidationProblem?> DeliverFeedbackAsync(string id, string? feedbackOn, CancellationToken cancellationToken = default) =>
        WriteAsync(HttpMethod.Post, $"{Inspections}/{Segment(id)}/feedback", new { feedbackOn }, cancellationToken);

    /// <summary>POST api/findings/inspections/{id}/findings.</summary>
    public Task<ApiValidationProblem?> RecordFindingAsync(string id, NewFinding finding, CancellationToken cancellationToken = default) =>
        WriteAsync(HttpMethod.Post, $"{Inspections}/{Segment(id)}/findings", finding, cancellationToken);

    /// <summary>PUT api/findings/inspections/{id}/findings/{findingId}.</summary>
    public Task<ApiValidationProblem?> ReviseFindingAsync(string id, string findingId, FindingRevision revision, CancellationToken cancellationToken = default) =>
        WriteAsync(HttpMethod.Put, $"{Inspections}/{Segment(id)}/findings/{Segment(findingId)}", revision, cancellationToken);

    /// <summary>DELETE api/findings/inspections/{id}/findings/{findingId}: withdraws the finding and its subtree.</summary>
    public Task<ApiValidationProblem?> WithdrawFindingAsync(string id, string findingId, CancellationToken cancellationToken = default) =>
        WriteAsync<object?>(HttpMethod.Delete, $"{Inspections}/{Segment(id)}/findings/{Segment(findingId)}", null, cancellationToken);

    /// <summary>POST api/findings/imports with an uploaded notice (multipart field "file").</summary>
    public async Task<ApiCreated<ImportPreview>> ImportNoticeFileAsync(
        Stream file, string fileName, string? contentType, CancellationToken cancellationToken = default)
    {
        using var form = new MultipartFormDataContent();
        var part = new StreamContent(file);
        part.Headers.ContentType = MediaTypeHeaderValue.TryParse(contentType, out var type) ? type : new MediaTypeHeaderValue("application/octet-stream");
        form.Add(part, "file", fileName);
        return await CreateAsync<ImportPreview>(Imports, form, cancellationToken);
    }

    /// <summary>POST api/findings/imports with pasted text.</summary>
    public Task<ApiCreated<ImportPreview>> ImportNoticeTextAsync(string text, string? fileName = null, CancellationToken cancellationToken = default) =>
        CreateAsync<ImportPreview>(Imports, Json(new { fileName, text }), cancellationToken);

    /// <summary>GET api/findings/imports/{id}.</summary>
    public Task<ImportPreview> GetImportAsync(string id, CancellationToken cancellationToken = default) =>
        GetAsync<ImportPreview>($"{Imports}/{Segment(id)}", cancellationToken);

    /// <summary>POST api/findings/imports/{id}/commit: the new inspection, or the 400 naming the first field still missing.</summary>
    public Task<ApiCreated<ImportCommitted>> CommitImportAsync(string id, ImportCommit commit, CancellationToken cancellationToken = default)
    {
        var body = new ByteArrayContent(JsonSerializer.SerializeToUtf8Bytes(commit, OmitNulls));
        body.Headers.ContentType = new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" };
        return CreateAsync<ImportCommitted>($"{Imports}/{Segment(id)}/commit", body, cancellationToken);
    }

    /// <summary>A POST whose answer body matters: the body on success, the problem on 400; anything else throws.</summary>
    private async Task<ApiCreated<T>> CreateAsync<T>(string path, HttpContent body, CancellationToken cancellationToken) where T : class
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = body };
        using var response = await SendAsync(request, cancellationToken);
        if (response.StatusCode == HttpStatusCode.BadRequest)
        {
            return new ApiCreated<T>(null, await ReadProblemAsync(response, cancellationToken));
        }

        await EnsureSuccessAsync(response);
        return new ApiCreated<T>(await ReadAsync<T>(response, cancellationToken), null);
    }
}
