namespace Rectify.Reporting.Rebuild;

/// <summary>
/// One rebuild of the read models (重建报表): reporting emptied them and asked the owning services to
/// republish their state. It is <see cref="RebuildStates.Completed"/> once every owning service said it
/// has queued everything; events queued before that announcement reach reporting before it. The state is
/// derived from the progress rows rather than stored, so two replicas recording two services at once
/// cannot leave it behind.
/// </summary>
public sealed class RebuildRun
{
    public Guid Id { get; set; }
    public string? RequestedBy { get; set; }
    public DateTimeOffset RequestedAt { get; set; }
    public List<RebuildProgress> Services { get; set; } = [];
}

/// <summary>An owning service that finished republishing for a run, and how many events it sent.</summary>
public sealed class RebuildProgress
{
    public Guid RunId { get; set; }
    public required string Service { get; set; }
    public int Count { get; set; }
    public DateTimeOffset FinishedAt { get; set; }
}

public static class RebuildStates
{
    public const string Running = "running";
    public const string Completed = "completed";

    /// <summary>The services that own what reporting reads; a run is complete when all three have answered.</summary>
    public static readonly IReadOnlyList<string> OwningServices = ["units", "findings", "tasks"];
}
