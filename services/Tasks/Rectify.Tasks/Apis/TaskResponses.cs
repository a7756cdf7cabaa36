using Rectify.Contracts.Tasks;
using Rectify.Tasks.Evidence;
using Rectify.Tasks.Model;

namespace Rectify.Tasks.Apis;

public sealed record TaskDetail(
    TaskSummary Task, string? FindingOrdinal, string? FindingTitle, List<ProgressEntry> Progress, List<Outcome> Outcomes, OutcomeTotals OutcomeTotals,
    List<DeadlineRevision> DeadlineRevisions, List<ExtensionRequest> ExtensionRequests, List<CloseOutView> CloseOuts, List<AuditEntry> Audit,
    List<EvidenceView> Evidence);

/// <summary>A close-out request with its reviews and the evidence it put forward.</summary>
public sealed record CloseOutView(CloseOutRequest Request, List<CloseOutReview> Reviews, List<Guid> EvidenceIds);

public sealed record PlanResponse(
    Guid InspectionId, Guid UnitId, string UnitName, string Team, string Round, DateOnly? FeedbackOn, DateOnly? PlanDue, DateOnly? ClosedOn,
    List<PlanFinding> Findings);

/// <summary>A finding of the plan, in tree order (depth first, siblings as recorded), with its tasks.</summary>
public sealed record PlanFinding(
    Guid Id, Guid? ParentId, int Level, string Ordinal, string Title, bool ImmediateFix, List<string> Tags, List<TaskSummary> Tasks);

public static class PlanOrder
{
    public static List<FindingReplica> DepthFirst(IReadOnlyList<FindingReplica> findings)
    {
        var ids = findings.Select(f => f.FindingId).ToHashSet();
        // A finding whose parent is not (or not yet) known is shown at the top rather than lost.
        var children = findings.ToLookup(f => f.ParentId is { } p && ids.Contains(p) ? p : (Guid?)null);
        var ordered = new List<FindingReplica>();
        void Walk(Guid? parent)
        {
            foreach (var f in children[parent].OrderBy(f => f.RecordedVersion).ThenBy(f => f.FindingId))
            {
                ordered.Add(f);
                Walk(f.FindingId);
            }
        }
        Walk(null);
        return ordered;
    }
}
