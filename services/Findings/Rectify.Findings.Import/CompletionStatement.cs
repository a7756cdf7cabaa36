namespace Rectify.Findings.Import;

/// <summary>How a notice's overall statement of completion (已完成整改N个 / 整改完成率100%) bears on items that state no status of their own.</summary>
public enum CompletionStatementKind
{
    /// <summary>The notice states no completed count (or no total to count it against).</summary>
    None,
    /// <summary>Everything is stated done and the tree has as many items as the total: items without a status of their own are done.</summary>
    Full,
    /// <summary>Fewer done than the total: which ones is not said, so no item is marked.</summary>
    Partial,
    /// <summary>Everything is stated done but the tree does not have as many items at the level the total counts: no item is marked.</summary>
    Unmatched,
}

/// <summary>The notice's statement of completion (整改完成情况总述) read against the tree.</summary>
/// <param name="Kind">See <see cref="CompletionStatementKind"/>.</param>
/// <param name="Completed">Items stated done (100% of the total when only the rate is stated).</param>
/// <param name="Total">The total the count refers to: the stated specific issues (具体问题), else problems (问题).</param>
/// <param name="Level">"issues" or "problems": what <paramref name="Total"/> counts.</param>
/// <param name="Counted">Items in the tree at that level.</param>
/// <param name="WithoutStatus">Items (leaves) at or below that level that state no status of their own.</param>
public sealed record CompletionStatement(CompletionStatementKind Kind, int? Completed, int? Total, string? Level, int Counted, int WithoutStatus)
{
    public static readonly CompletionStatement None = new(CompletionStatementKind.None, null, null, null, 0, 0);

    /// <summary>Items the statement marks completed: those without a status of their own, under a full statement only.</summary>
    public int Applied => Kind == CompletionStatementKind.Full ? WithoutStatus : 0;

    private IReadOnlySet<ParsedFinding> Covered { get; init; } = new HashSet<ParsedFinding>(ReferenceEqualityComparer.Instance);

    /// <summary>The status an item is imported with: its own, else Completed when a full statement covers it.</summary>
    public FindingStatus StatusOf(ParsedFinding node) =>
        node.Status == FindingStatus.Unknown && Kind == CompletionStatementKind.Full && Covered.Contains(node) ? FindingStatus.Completed : node.Status;

    /// <summary>What the preview says about the statement; null when there is nothing to say (no statement, or every item states its own status).</summary>
    public string? Warning => Kind switch
    {
        _ when WithoutStatus == 0 => null,
        CompletionStatementKind.Full => $"the notice states all {Total} {Level} completed: {WithoutStatus} item(s) that state no status are imported as completed",
        CompletionStatementKind.Partial => $"the notice states {Completed} of {Total} {Level} completed without saying which: the statement cannot be applied per item, {WithoutStatus} item(s) stay without a status",
        CompletionStatementKind.Unmatched => $"the notice states all {Total} {Level} completed but the tree has {Counted} at that level: the statement is not applied to the {WithoutStatus} item(s) without a status",
        _ => null,
    };

    public static CompletionStatement Read(StatedTotals stated, IReadOnlyList<ParsedFinding> roots)
    {
        var total = stated.Issues ?? stated.Problems;
        // The rate alone is read anywhere in the text; it speaks for the feedback only beside a stated total.
        var completed = stated.Completed ?? (stated.CompletionRate == 100m ? total : null);
        if (total is null || completed is null)
            return None;
        var level = stated.Issues is not null ? "issues" : "problems";
        var counted = CountedItems(stated, roots);
        var covered = new HashSet<ParsedFinding>(ReferenceEqualityComparer.Instance);
        foreach (var item in counted)
            Cover(item, covered);
        var withoutStatus = covered.Count(n => n.Children.Count == 0 && n.Status == FindingStatus.Unknown);
        var kind = completed < total ? CompletionStatementKind.Partial
            : completed > total || counted.Count != total ? CompletionStatementKind.Unmatched
            : CompletionStatementKind.Full;
        return new(kind, completed, total, level, counted.Count, withoutStatus) { Covered = covered };
    }

    /// <summary>The items the stated total counts, level by level as <see cref="NoticeParser.ShapeDisagreements"/> compares them.</summary>
    private static List<ParsedFinding> CountedItems(StatedTotals stated, IReadOnlyList<ParsedFinding> roots)
    {
        if (stated.Issues is null && stated.Aspects is not null)
            return roots.Any(r => r.Children.Count > 0) ? [.. roots.SelectMany(r => r.Children)] : [.. roots];
        return [.. Leaves(roots)];
    }

    private static IEnumerable<ParsedFinding> Leaves(IEnumerable<ParsedFinding> nodes) =>
        nodes.SelectMany(n => n.Children.Count == 0 ? [n] : Leaves(n.Children));

    private static void Cover(ParsedFinding node, HashSet<ParsedFinding> covered)
    {
        covered.Add(node);
        foreach (var child in node.Children)
            Cover(child, covered);
    }
}
