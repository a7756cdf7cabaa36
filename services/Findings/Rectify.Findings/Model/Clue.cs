namespace Rectify.Findings.Model;

/// <summary>
/// A problem clue (问题线索) the inspection handed to the discipline commission (纪委监委). Restricted:
/// only the unit's discipline liaison reads or writes clues; everyone else sees their count.
/// </summary>
public sealed class Clue
{
    public Guid Id { get; set; }
    public Guid InspectionId { get; set; }
    public required string Summary { get; set; }
    /// <summary>Who received it, e.g. 市纪委监委.</summary>
    public required string HandedTo { get; set; }
    public DateOnly HandedOverOn { get; set; }
    /// <summary><see cref="ClueStatuses"/>.</summary>
    public required string Status { get; set; }
    public string? Outcome { get; set; }
    public long Version { get; set; }
    public bool Withdrawn { get; set; }
}

public static class ClueStatuses
{
    public const string HandedOver = "handed_over";
    public const string Handling = "handling";
    public const string Concluded = "concluded";
    public static readonly string[] All = [HandedOver, Handling, Concluded];
}
