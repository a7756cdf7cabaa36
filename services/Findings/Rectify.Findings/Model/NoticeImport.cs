namespace Rectify.Findings.Model;

/// <summary>
/// An uploaded notice between preview and commit. The decoded text is kept so the commit re-parses
/// it rather than trusting the client's copy of the preview.
/// </summary>
public sealed class NoticeImport
{
    public Guid Id { get; set; }
    public required string Source { get; set; }
    public required string Text { get; set; }
    public required string CreatedBy { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public Guid? InspectionId { get; set; }
    public DateTimeOffset? CommittedAt { get; set; }
    public long Version { get; set; }
}
