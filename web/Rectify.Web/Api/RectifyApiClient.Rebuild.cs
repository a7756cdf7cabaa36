namespace Rectify.Web.Api;

/// <summary>One owning service's answer to a rebuild: how many events it republished, and when.</summary>
public sealed record RebuildServiceDone(string Service, int Count, DateTimeOffset FinishedAt);

/// <summary>GET api/reports/admin/rebuilds: a rebuild of reporting's read models and its progress (docs/reporting.md "Rebuild").</summary>
public sealed record RebuildRun(
    string Id, string? RequestedBy, DateTimeOffset RequestedAt, string State, DateTimeOffset? CompletedAt,
    IReadOnlyList<RebuildServiceDone> Finished, IReadOnlyList<string> Waiting, int Events);

public sealed partial class RectifyApiClient
{
    public Task<List<RebuildRun>> GetRebuildsAsync(CancellationToken cancellationToken = default) =>
        GetAsync<List<RebuildRun>>("api/reports/admin/rebuilds", cancellationToken);

    /// <summary>Empties the read models and asks units, findings and tasks to republish (administrators only).</summary>
    public async Task StartRebuildAsync(CancellationToken cancellationToken = default) =>
        await WriteAsync<object?>(HttpMethod.Post, "api/reports/admin/rebuild", null, cancellationToken);
}
