using Microsoft.EntityFrameworkCore;
using Rectify.Contracts.Tasks;
using static Rectify.Services.Tests.Reporting.ReportingEvents;

namespace Rectify.Services.Tests.Reporting;

/// <summary>A corrected task (TaskRevised) reaches the read model like every other task event: newest version wins.</summary>
public sealed class Task_revisions : IDisposable
{
    private static readonly Guid UnitId = Guid.NewGuid(), InspectionId = Guid.NewGuid(), FindingId = Guid.NewGuid(), TaskId = Guid.NewGuid();
    private readonly ReportingHost _host = new();

    [Fact]
    public async Task Measures_and_kind_follow_the_revision_and_a_late_older_event_does_not_undo_it()
    {
        var planned = TaskOf(TaskId, FindingId, InspectionId, UnitId, "/p/fz/kj/", "in_progress", new DateOnly(2026, 9, 30));
        var revised = planned with { Measures = "修订党组议事规则并组织专题学习", Kind = "sustained" };
        await _host.FeedAsync(Unit(UnitId, "县科技局党组", "/p/fz/kj/"));
        await _host.FeedAsync(Inspection(InspectionId, UnitId), Finding(FindingId, InspectionId, UnitId, null, 1, "一", "问题", 2),
            new TaskRevised(Meta(2), revised, planned.Measures, planned.Kind), Planned(planned, version: 1));

        var task = await _host.Db(db => db.Tasks.SingleAsync(t => t.TaskId == TaskId));
        Assert.Equal(("修订党组议事规则并组织专题学习", "sustained", 2L), (task.Measures, task.Kind, task.Version));
    }

    [Fact]
    public async Task A_removed_outcome_figure_leaves_the_totals_and_a_late_older_total_does_not_bring_it_back()
    {
        var task = TaskOf(TaskId, FindingId, InspectionId, UnitId, "/p/fz/kj/", "in_progress", new DateOnly(2026, 9, 30));
        var both = new OutcomeTotals(0, 0, 0, 0, 13200m, 0, 0);
        var one = both with { MoneyReturned = 1200m };
        await _host.FeedAsync(Unit(UnitId, "县科技局党组", "/p/fz/kj/"));
        await _host.FeedAsync(Inspection(InspectionId, UnitId), Finding(FindingId, InspectionId, UnitId, null, 1, "一", "问题", 2), Planned(task, version: 1),
            new OutcomeFigureRemoved(Meta(3), task, Guid.NewGuid(), "金额多录一个0", one), Outcome(task, 2, both));

        var stored = await _host.Db(db => db.Tasks.SingleAsync(t => t.TaskId == TaskId));
        Assert.Equal((120000L, 3L), (stored.MoneyReturnedFen, stored.OutcomesVersion));
    }

    public void Dispose() => _host.Dispose();
}
