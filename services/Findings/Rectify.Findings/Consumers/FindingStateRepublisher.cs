using Microsoft.EntityFrameworkCore;
using Rectify.Contracts.Findings;
using Rectify.Findings.Infrastructure;
using Rectify.ServiceDefaults.Messaging.Republish;

namespace Rectify.Findings.Consumers;

/// <summary>
/// Republishes every inspection and its finding tree for a reporting rebuild (重建报表). Events carry the
/// inspection's current version (findings' events are keyed by the inspection), with two exceptions that keep
/// the other consumers unmoved:
/// <list type="bullet">
/// <item><see cref="FindingRecorded"/>: versions rise through the tree, parents first and siblings in their
/// order, ending at the current version — reporting orders siblings by the version that first recorded them.</item>
/// <item><see cref="FeedbackDelivered"/>: version 1. It only has to fill an empty read model; notifications
/// schedule the feedback reminders by it, and a current version would reopen them for a closed inspection.</item>
/// <item><see cref="ProgressReportObligationScheduled"/> and <see cref="ProgressReportSubmitted"/>: version 1, for
/// the same reason as feedback — notifications plans the report periods by them and must not re-plan.</item>
/// </list>
/// Withdrawn findings and inspections are sent with their withdrawal, so their tasks keep not counting.
/// </summary>
public sealed class FindingStateRepublisher : StateRepublisher<FindingsDbContext>
{
    // An inspection carries its whole tree: fewer per page than the other services' rows.
    public FindingStateRepublisher(FindingsDbContext db, TimeProvider time) : base(db, time) => PageSize = 100;

    protected override string Service => FindingsModule.Name;

    protected override async Task<(int Rows, int Events)> PageAsync(int skip, int take, string? actor, CancellationToken ct)
    {
        var inspections = await Db.Inspections.AsNoTracking().OrderBy(i => i.Id).Skip(skip).Take(take).ToListAsync(ct);
        var ids = inspections.Select(i => i.Id).ToList();
        var findings = (await Db.Findings.AsNoTracking().Where(f => ids.Contains(f.InspectionId)).ToListAsync(ct)).ToLookup(f => f.InspectionId);
        var clues = await Db.Clues.AsNoTracking().Where(c => ids.Contains(c.InspectionId) && !c.Withdrawn).GroupBy(c => c.InspectionId)
            .Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, ct);

        var obligations = await Db.ReportObligations.AsNoTracking().Where(o => ids.Contains(o.InspectionId)).ToDictionaryAsync(o => o.InspectionId, ct);
        var reports = (await Db.ProgressReports.AsNoTracking().Where(r => ids.Contains(r.InspectionId)).ToListAsync(ct)).ToLookup(r => r.InspectionId);

        var before = Db.ChangeTracker.Entries().Count();
        foreach (var i in inspections)
        {
            var v = i.Version;
            Db.Publish(new InspectionRegistered(Meta(v, actor), i.Id, i.UnitId, i.Kind, i.Issuer, i.Team, i.Round, i.Type, i.OnSiteStart, i.OnSiteEnd));
            if (i.FeedbackOn is { } feedbackOn)
                Db.Publish(new FeedbackDelivered(Meta(1, actor), i.Id, i.UnitId, feedbackOn));
            Db.Publish(new CluesCounted(Meta(v, actor), i.Id, i.UnitId, clues.GetValueOrDefault(i.Id)));
            if (i.StartedOn is { } startedOn)
                Db.Publish(new RectificationStarted(Meta(v, actor), i.Id, i.UnitId, startedOn));
            if (i.ClosedOn is { } closedOn)
                Db.Publish(new InspectionClosed(Meta(v, actor), i.Id, i.UnitId, closedOn));
            if (i.Withdrawn)
                Db.Publish(new InspectionWithdrawn(Meta(v, actor), i.Id, i.UnitId));

            var tree = findings[i.Id].OrderBy(f => f.Level).ThenBy(f => f.ParentId).ThenBy(f => f.Position).ToList();
            for (var k = 0; k < tree.Count; k++)
            {
                var f = tree[k];
                Db.Publish(new FindingRecorded(Meta(Math.Max(1, v - tree.Count + 1 + k), actor), f.Id, i.Id, i.UnitId, f.ParentId, f.Level, f.Ordinal, f.Title,
                    f.ImmediateFix, f.MoneyInvolved));
                if (f.Tags.Count > 0)
                    Db.Publish(new FindingCategorised(Meta(v, actor), f.Id, i.Id, i.UnitId, f.Tags));
            }
            if (obligations.GetValueOrDefault(i.Id) is { } o)
                Db.Publish(new ProgressReportObligationScheduled(Meta(1, actor), i.Id, i.UnitId, o.Every, o.IntervalUnit, o.FirstDue, o.Until));
            foreach (var r in reports[i.Id].OrderBy(r => r.PeriodDue))
                Db.Publish(new ProgressReportSubmitted(Meta(1, actor), i.Id, i.UnitId, r.Id, r.PeriodDue, r.SubmittedOn, r.Summary));
            // Children before their parent, as the findings service withdraws a subtree.
            foreach (var f in tree.Where(f => f.Withdrawn).OrderByDescending(f => f.Level))
                Db.Publish(new FindingWithdrawn(Meta(v, actor), f.Id, i.Id, i.UnitId, f.ParentId));
        }
        return (inspections.Count, Db.ChangeTracker.Entries().Count() - before);
    }
}
