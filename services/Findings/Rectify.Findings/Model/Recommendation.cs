namespace Rectify.Findings.Model;

/// <summary>A recommendation (意见建议) of the inspection team, in the order the feedback gives them.</summary>
public sealed class Recommendation
{
    public Guid Id { get; set; }
    public Guid InspectionId { get; set; }
    public int Position { get; set; }
    public required string Text { get; set; }
    public bool Withdrawn { get; set; }
}
