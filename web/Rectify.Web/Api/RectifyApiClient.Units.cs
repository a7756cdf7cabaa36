namespace Rectify.Web.Api;

public sealed partial class RectifyApiClient
{
    /// <summary>
    /// Sets (or clears, with null) a unit's first responsible person (第一责任人), sent with If-Match: the unit
    /// version the page showed; a unit changed since answers 412 (thrown, status PreconditionFailed).
    /// </summary>
    public Task<ApiValidationProblem?> SetFirstResponsiblePersonAsync(string unitId, string? personId, long version,
        CancellationToken cancellationToken = default) =>
        WriteAsync(HttpMethod.Put, $"api/units/{Segment(unitId)}/first-responsible-person", new { personId }, cancellationToken, version);
}
