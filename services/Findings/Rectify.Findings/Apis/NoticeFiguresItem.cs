using Rectify.Findings.Model;

namespace Rectify.Findings.Apis;

/// <summary>
/// What the notice the inspection was imported from states — totals, outcome figures, contact line (null
/// where not stated) — with the tree's own counts at the levels the totals refer to (<see cref="Recorded"/>)
/// and the totals that disagree with them (<see cref="Disagreeing"/>: "aspects", "problems", "issues").
/// </summary>
public sealed record NoticeFiguresItem(
    Guid ImportId, StatedTotalsItem Stated, StatedTotalsItem Recorded, List<string> Disagreeing, OutcomesItem Outcomes, ContactItem? Contact)
{
    public static NoticeFiguresItem? From(NoticeFigures? n, IReadOnlyList<Finding> findings)
    {
        if (n is null)
            return null;
        var stated = new StatedTotalsItem(n.StatedAspects, n.StatedProblems, n.StatedIssues, n.StatedCompleted, n.StatedCompletionRate);
        var recorded = RecordedAt(stated, findings);
        List<string> disagreeing =
        [
            .. new (string Field, int? Stated, int? Recorded)[]
            {
                ("aspects", stated.Aspects, recorded.Aspects), ("problems", stated.Problems, recorded.Problems), ("issues", stated.Issues, recorded.Issues),
            }.Where(c => c.Stated is not null && c.Stated != c.Recorded).Select(c => c.Field),
        ];
        return new(n.ImportId, stated, recorded, disagreeing,
            new(n.TalkPeople, n.TalkBatches, n.RulesMade, n.RulesRevised, n.MoneyYuan, n.AccountablePeople),
            n.ContactText is null ? null : new(n.ContactText, n.ContactPhone, n.ContactEmail, n.ContactAddress, n.ContactPostcode));
    }

    /// <summary>
    /// The tree's counts read the way the importer compares a notice's totals with its tree (NoticeParser.ShapeDisagreements):
    /// aspects are the top level when there is a level below it, problems the level below the aspects, specific issues the leaves.
    /// A total the tree has no level for is null. The tree holds no completion: Completed stays null.
    /// </summary>
    private static StatedTotalsItem RecordedAt(StatedTotalsItem stated, IReadOnlyList<Finding> findings)
    {
        var levels = findings.GroupBy(f => f.Level).OrderBy(g => g.Key).Select(g => g.Count()).ToList();
        var parents = findings.Where(f => f.ParentId is not null).Select(f => f.ParentId).ToHashSet();
        var leaves = findings.Count(f => !parents.Contains(f.Id));
        int? At(int i) => i < levels.Count ? levels[i] : null;
        if (stated.Aspects is null && (stated.Problems ?? stated.Issues) is not null)
            return new(null, stated.Problems is null ? null : stated.Issues is null ? leaves : At(0), stated.Issues is null ? null : leaves, null, null);
        if (levels.Count <= 1)
            return new(null, stated.Issues is not null && stated.Problems is null ? null : At(0), stated.Issues is not null && stated.Problems is null ? At(0) : null, null, null);
        var issuesFrom = stated.Problems is null && stated.Issues is not null ? 2 : 3;
        return new(At(0), stated.Issues is not null && stated.Problems is null ? null : At(1), levels.Count >= issuesFrom ? leaves : null, null, null);
    }
}

public sealed record StatedTotalsItem(int? Aspects, int? Problems, int? Issues, int? Completed, decimal? CompletionRate);

public sealed record OutcomesItem(int? TalkPeople, int? TalkBatches, int? RulesMade, int? RulesRevised, decimal? MoneyYuan, int? AccountablePeople);

public sealed record ContactItem(string Text, string? Phone, string? Email, string? Address, string? Postcode);
