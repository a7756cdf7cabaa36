using Rectify.Findings.Import;

namespace Rectify.Findings.Model;

/// <summary>
/// What the notice an inspection was imported from states about itself (通报所载数据): its totals, its
/// outcome figures and its contact line for public supervision. Kept as written, beside the tree, so the
/// notice's own counts can be compared with what was recorded; null fields were not stated.
/// </summary>
public sealed class NoticeFigures
{
    public Guid ImportId { get; set; }
    public int? StatedAspects { get; set; }
    public int? StatedProblems { get; set; }
    public int? StatedIssues { get; set; }
    public int? StatedCompleted { get; set; }
    /// <summary>Percent (整改完成率).</summary>
    public decimal? StatedCompletionRate { get; set; }
    public int? TalkPeople { get; set; }
    public int? TalkBatches { get; set; }
    public int? RulesMade { get; set; }
    public int? RulesRevised { get; set; }
    /// <summary>Money returned or recovered, in 元.</summary>
    public decimal? MoneyYuan { get; set; }
    public int? AccountablePeople { get; set; }
    public string? ContactText { get; set; }
    public string? ContactPhone { get; set; }
    public string? ContactEmail { get; set; }
    public string? ContactAddress { get; set; }
    public string? ContactPostcode { get; set; }

    public const int ContactTextMax = 1000;
    public const int ContactPartMax = 200;

    public static NoticeFigures From(Guid importId, ParsedNotice notice)
    {
        var (s, o, c) = (notice.Stated, notice.Outcomes, notice.Contact);
        return new NoticeFigures
        {
            ImportId = importId,
            StatedAspects = s.Aspects, StatedProblems = s.Problems, StatedIssues = s.Issues, StatedCompleted = s.Completed,
            StatedCompletionRate = s.CompletionRate,
            TalkPeople = o.TalkPeople, TalkBatches = o.TalkBatches, RulesMade = o.RulesMade, RulesRevised = o.RulesRevised,
            MoneyYuan = o.MoneyYuan, AccountablePeople = o.AccountablePeople,
            ContactText = TextLimits.Cut(c?.Text, ContactTextMax), ContactPhone = TextLimits.Cut(c?.Phone, ContactPartMax), ContactEmail = TextLimits.Cut(c?.Email, ContactPartMax),
            ContactAddress = TextLimits.Cut(c?.Address, ContactPartMax), ContactPostcode = TextLimits.Cut(c?.Postcode, ContactPartMax),
        };
    }
}
