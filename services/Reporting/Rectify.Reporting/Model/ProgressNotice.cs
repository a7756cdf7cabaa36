namespace Rectify.Reporting.Model;

/// <summary>
/// A public progress notice (整改进展情况通报) of one inspection. While a draft it is generated from the
/// read model on every read, with the coordinator's narrative parts; publishing freezes the rendered
/// text, so later changes to the data do not alter what the public has read.
/// </summary>
public sealed class ProgressNotice
{
    public Guid Id { get; set; }
    public Guid InspectionId { get; set; }
    public Guid UnitId { get; set; }
    public string JurisdictionPath { get; set; } = "";
    /// <summary>draft → published → withdrawn.</summary>
    public string Status { get; set; } = NoticeStatus.Draft;
    /// <summary>How the work was organised (组织落实), paragraphs separated by new lines; null = the generated default.</summary>
    public string? Organisation { get; set; }
    /// <summary>Next steps (下一步工作打算); null = the generated default.</summary>
    public string? NextSteps { get; set; }
    /// <summary>Per-finding replacements of the "what was done" text, as JSON { findingId: text }.</summary>
    public string OverridesJson { get; set; } = "{}";
    public DateOnly? PublishedOn { get; set; }
    public string? Title { get; set; }
    /// <summary>The published notice, frozen: its lines as JSON ([{ kind, text }]), from which every format is rendered.</summary>
    public string? LinesJson { get; set; }
    /// <summary>The counts the published text states, JSON.</summary>
    public string? FactsJson { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset? PublishedAt { get; set; }
    public DateTimeOffset? WithdrawnAt { get; set; }
    public long Version { get; set; }
}

public static class NoticeStatus
{
    public const string Draft = "draft";
    public const string Published = "published";
    public const string Withdrawn = "withdrawn";
}
