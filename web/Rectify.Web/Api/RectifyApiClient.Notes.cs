namespace Rectify.Web.Api;

/// <summary>An inspection's recommendations, problem clues and recurrence links (docs/findings.md).</summary>
public sealed partial class RectifyApiClient
{
    /// <summary>GET api/findings/inspections/{id}/clues: the discipline liaison's alone (403 for everyone else).</summary>
    public Task<List<ClueEntry>> GetCluesAsync(string id, CancellationToken cancellationToken = default) =>
        GetAsync<List<ClueEntry>>($"{Inspections}/{Segment(id)}/clues", cancellationToken);

    /// <summary>POST api/findings/inspections/{id}/clues.</summary>
    public Task<ApiValidationProblem?> AddClueAsync(string id, ClueBody clue, CancellationToken cancellationToken = default) =>
        WriteAsync(HttpMethod.Post, $"{Inspections}/{Segment(id)}/clues", clue, cancellationToken);

    /// <summary>PUT api/findings/inspections/{id}/clues/{clueId} with If-Match: the clue's version the page showed.</summary>
    public Task<ApiValidationProblem?> ReviseClueAsync(string id, string clueId, long version, ClueBody clue, CancellationToken cancellationToken = default) =>
        WriteAsync(HttpMethod.Put, $"{Inspections}/{Segment(id)}/clues/{Segment(clueId)}", clue, cancellationToken, version);

    /// <summary>DELETE api/findings/inspections/{id}/clues/{clueId} with If-Match.</summary>
    public Task<ApiValidationProblem?> WithdrawClueAsync(string id, string clueId, long version, CancellationToken cancellationToken = default) =>
        WriteAsync<object?>(HttpMethod.Delete, $"{Inspections}/{Segment(id)}/clues/{Segment(clueId)}", null, cancellationToken, version);

    /// <summary>POST api/findings/inspections/{id}/recommendations (the inspection office).</summary>
    public Task<ApiValidationProblem?> AddRecommendationAsync(string id, string? text, CancellationToken cancellationToken = default) =>
        WriteAsync(HttpMethod.Post, $"{Inspections}/{Segment(id)}/recommendations", new { text }, cancellationToken);

    /// <summary>PUT api/findings/inspections/{id}/recommendations/{itemId}.</summary>
    public Task<ApiValidationProblem?> ReviseRecommendationAsync(string id, string itemId, string? text, CancellationToken cancellationToken = default) =>
        WriteAsync(HttpMethod.Put, $"{Inspections}/{Segment(id)}/recommendations/{Segment(itemId)}", new { text }, cancellationToken);

    /// <summary>DELETE api/findings/inspections/{id}/recommendations/{itemId}.</summary>
    public Task<ApiValidationProblem?> WithdrawRecommendationAsync(string id, string itemId, CancellationToken cancellationToken = default) =>
        WriteAsync<object?>(HttpMethod.Delete, $"{Inspections}/{Segment(id)}/recommendations/{Segment(itemId)}", null, cancellationToken);

    /// <summary>PUT api/findings/inspections/{id}/findings/{findingId}/recurrence; a null earlier finding removes the link.</summary>
    public Task<ApiValidationProblem?> LinkRecurrenceAsync(string id, string findingId, string? earlierFindingId, CancellationToken cancellationToken = default) =>
        WriteAsync(HttpMethod.Put, $"{Inspections}/{Segment(id)}/findings/{Segment(findingId)}/recurrence", new { earlierFindingId }, cancellationToken);
}

/// <summary>A problem clue (问题线索) handed to the discipline commission; status handed_over, handling or concluded.</summary>
public sealed record ClueEntry(string Id, string Summary, string HandedTo, string HandedOverOn, string Status, string? Outcome, long Version);

/// <summary>POST/PUT clues body. The date travels as typed (yyyy-MM-dd); the API validates it.</summary>
public sealed record ClueBody(string? Summary, string? HandedTo, string? HandedOverOn, string? Status, string? Outcome);

/// <summary>A recommendation (意见建议) of the inspection, in its order.</summary>
public sealed record RecommendationEntry(string Id, int Position, string Text);
