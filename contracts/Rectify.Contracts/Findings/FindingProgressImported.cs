namespace Rectify.Contracts.Findings;

/// <summary>
/// What an imported notice stated about a finding (an imported leaf): the task state it maps to
/// (<c>StatedState</c>: "completed", "completed_sustained", "in_progress", "not_started", or null when the
/// notice states none), the phrase as written, the measures taken (一是…二是…, in order) and who was named
/// responsible. The tasks service turns it into a task whose history is these measures, dated
/// <c>ReportedOn</c> (the notice's date). Published once per finding by the import's commit.
/// </summary>
public sealed record FindingProgressImported(
    EventMeta Meta, Guid FindingId, Guid InspectionId, Guid UnitId, Guid ImportId, string? StatedState, string? StatusText,
    IReadOnlyList<string> Measures, string? ResponsibleLeader, string? ResponsibleDepartment, string? DeadlineText, DateOnly? ReportedOn)
    : IIntegrationEvent
{
    public string AggregateKey => $"inspection:{InspectionId}";
}
