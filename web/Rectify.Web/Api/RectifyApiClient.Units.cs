using System.Net;

namespace Rectify.Web.Api;

public sealed partial class RectifyApiClient
{
    /// <summary>
    /// Sets (or clears, with null) a unit's first responsible person (第一责任人), sent with If-Match: the unit
    /// version the page showed; a unit changed since answers 412 (thrown, status PreconditionFailed).
    /// </summary>
    public async Task<ApiValidationProblem?> SetFirstResponsiblePersonAsync(string unitId, string? personId, long version,
        CancellationToken cancellationToken = default)
    {
        using var request = new HttpRequestMessage(HttpMethod.Put, $"api/units/{Segment(unitId)}/first-responsible-person") { Content = Json(new { personId }) };
        request.Headers.IfMatch.Add(new System.Net.Http.Headers.EntityTagHeaderValue($"\"{version}\""));
        using var response = await SendAsync(request, cancellationToken);
        if (response.StatusCode == HttpStatusCode.BadRequest)
        {
            return await ReadProblemAsync(response, cancellationToken);
        }

        await EnsureSuccessAsync(response);
        return null;
    }
}
