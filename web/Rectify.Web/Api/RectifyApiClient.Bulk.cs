using System.Net;

namespace Rectify.Web.Api;

/// <summary>One task a bulk change refused, with why (docs/tasks.md "Bulk changes").</summary>
public sealed record BulkItemError(string TaskId, int Status, string? Field, string Reason);

/// <summary>A refused bulk change: nothing was changed. Either field errors of the request or the tasks refused.</summary>
public sealed record BulkRefusal(ApiValidationProblem Problem, IReadOnlyList<BulkItemError> Items);

public sealed partial class RectifyApiClient
{
    /// <summary>Replaces the responsibles of every task listed, all or nothing; null when done.</summary>
    public Task<BulkRefusal?> BulkAssignAsync(IReadOnlyList<string> taskIds, TaskAssignment assignment, CancellationToken cancellationToken = default) =>
        BulkAsync("assignment", new
        {
            taskIds, assignment.ResponsibleLeaderId, assignment.ResponsibleLeader, assignment.ResponsibleDepartment, assignment.ResponsiblePersonId,
        }, cancellationToken);

    /// <summary>Sets one deadline, with its reason, on every task listed, all or nothing; null when done.</summary>
    public Task<BulkRefusal?> BulkChangeDeadlineAsync(IReadOnlyList<string> taskIds, string? deadline, string? reason, CancellationToken cancellationToken = default) =>
        BulkAsync("deadline", new { taskIds, deadline, reason }, cancellationToken);

    private async Task<BulkRefusal?> BulkAsync<T>(string action, T body, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, $"{Tasks}/bulk/{action}") { Content = Json(body) };
        using var response = await SendAsync(request, cancellationToken);
        if (response.StatusCode != HttpStatusCode.BadRequest)
        {
            await EnsureSuccessAsync(response);
            return null;
        }

        // Read twice: once for the field errors the shared reader knows, once for the per-task items only this call has.
        var answer = await response.Content.ReadAsStringAsync(cancellationToken);
        response.Content = new StringContent(answer, System.Text.Encoding.UTF8, "application/problem+json");
        var problem = await ReadProblemAsync(response, cancellationToken);
        BulkItems? items = null;
        try
        {
            items = System.Text.Json.JsonSerializer.Deserialize<BulkItems>(answer, JsonOptions);
        }
        catch (System.Text.Json.JsonException)
        {
            // No items: the request itself was refused (its field errors are in the problem).
        }

        return new BulkRefusal(problem, items?.Items ?? []);
    }

    private sealed record BulkItems(List<BulkItemError>? Items);
}
