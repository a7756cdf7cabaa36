using Rectify.Contracts;
using Rectify.Contracts.Findings;
using Rectify.Contracts.Tasks;
using Rectify.Contracts.Units;
using Rectify.Findings.Import;
using static Rectify.Services.Tests.Reporting.ReportingEvents;
using ContactLine = Rectify.Contracts.Units.ContactLine;

namespace Rectify.Services.Tests.Reporting;

/// <summary>
/// The events committing an imported notice produces, written out as the findings commit
/// (NoticeImporter) and the tasks service's import (docs/tasks.md, "Import") publish them: the tree
/// node by node (at most four levels; deeper points become measures), and for every leaf (or a node with
/// a stated status or measures) one task in the mapped state whose progress history is the measures.
/// </summary>
public sealed class NoticeFeed
{
    public required List<IIntegrationEvent> Events { get; init; }
    public required Guid InspectionId { get; init; }
    /// <summary>The tree as fed, with the task state each node got (null for a node without a task).</summary>
    public required List<FedNode> Roots { get; init; }

    public sealed record FedNode(string Title, string? State, List<FedNode> Children);

    public static NoticeFeed From(ParsedNotice notice, Guid unitId, string path)
    {
        var inspectionId = Guid.NewGuid();
        var version = 1L;
        var info = notice.Inspection;
        var onSiteStart = info.OnSiteStart ?? new DateOnly(2021, 1, 4);
        var events = new List<IIntegrationEvent>
        {
            new UnitRegistered(Meta(1), unitId, notice.Unit ?? "某局党组", notice.Unit ?? "某局党组", "党组", Guid.NewGuid(), path,
                new ContactLine(notice.Contact?.Phone, notice.Contact?.Email, notice.Contact?.Address)),
            new InspectionRegistered(Meta(version++), inspectionId, unitId, info.Kind ?? "xuncha", info.Issuer ?? "县委", info.Team ?? "县委巡察组", "第一轮",
                info.Type ?? "常规", onSiteStart, info.OnSiteEnd ?? onSiteStart.AddDays(30)),
            new FeedbackDelivered(Meta(version++), inspectionId, unitId, info.FeedbackOn ?? onSiteStart.AddDays(60)),
        };
        var firstTask = true;
        List<FedNode> Add(IReadOnlyList<ParsedFinding> nodes, Guid? parent, int level)
        {
            var fed = new List<FedNode>();
            for (var i = 0; i < nodes.Count; i++)
            {
                var node = nodes[i];
                var id = Guid.NewGuid();
                var title = node.Title.Length <= 2000 ? node.Title : node.Title[..1999] + "…";
                events.Add(new FindingRecorded(Meta(version++), id, inspectionId, unitId, parent, level, (i + 1).ToString(), title, false, null));
                var children = level < 4 ? node.Children : [];
                var measures = level < 4 ? node.Measures : [.. node.Measures, .. Flatten(node.Children)];
                string? state = null;
                if (children.Count == 0 || node.Status != FindingStatus.Unknown || node.Measures.Count > 0)
                {
                    state = TaskFor(node, measures, id);
                }
                fed.Add(new FedNode(title, state, Add(children, id, level + 1)));
            }
            return fed;
        }

        string TaskFor(ParsedFinding node, IReadOnlyList<string> measures, Guid findingId)
        {
            var stated = node.Status.ToTaskState();
            var sustained = stated == "completed_sustained" || (node.Deadline?.Contains("长期") ?? false);
            var kind = sustained ? "sustained" : node.Deadline is { } d && (d.Contains("立行立改") || d.Contains("立即")) ? "immediate" : "time_limited";
            var state = stated switch
            {
                "completed" or "completed_sustained" => sustained ? "completed_sustained" : "closed",
                "in_progress" => "in_progress",
                _ => "planned",
            };
            var snapshot = TaskOf(Guid.NewGuid(), findingId, inspectionId, unitId, path, state, null, kind: kind,
                closedOn: state is "closed" or "completed_sustained" ? new DateOnly(2021, 5, 1) : null, measures: string.Join("；", measures));
            var taskVersion = 1L;
            events.Add(new TaskPlanned(Meta(taskVersion++), snapshot, Guid.NewGuid()));
            foreach (var m in measures)
                events.Add(new TaskProgressReported(Meta(taskVersion++), snapshot, Guid.NewGuid(), new DateOnly(2021, 5, 1), m));
            if (state is "closed" or "completed_sustained")
                events.Add(new TaskClosed(Meta(taskVersion++), snapshot, null));
            if (firstTask && notice.Outcomes != OutcomeFigures.None)
            {
                var o = notice.Outcomes;
                events.Add(new OutcomeRecorded(Meta(taskVersion++), snapshot, [],
                    new OutcomeTotals(o.RulesMade ?? 0, o.RulesRevised ?? 0, o.TalkPeople ?? 0, o.TalkBatches ?? 0, o.MoneyYuan ?? 0, 0, 0)));
            }
            firstTask = false;
            return state;
        }

        var roots = Add(notice.Findings, null, 1);
        return new NoticeFeed { Events = events, InspectionId = inspectionId, Roots = roots };
    }

    private static IEnumerable<string> Flatten(IReadOnlyList<ParsedFinding> nodes) =>
        nodes.SelectMany(n => new[] { n.Title }.Concat(n.Measures).Concat(Flatten(n.Children)));
}
