namespace Rectify.Reporting.Model;

/// <summary>A dated progress narrative (整改进展) of a task: what the public notice says was done.</summary>
public sealed class ProgressNote
{
    public Guid EntryId { get; set; }
    public Guid TaskId { get; set; }
    public DateOnly ReportedOn { get; set; }
    public required string Narrative { get; set; }
    /// <summary>The task version of the event: keeps the order the entries were written in.</summary>
    public long Position { get; set; }
}
