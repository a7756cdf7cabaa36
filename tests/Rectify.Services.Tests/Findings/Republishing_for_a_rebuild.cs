using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Rectify.Contracts;
using Rectify.Contracts.Findings;
using Rectify.Contracts.Reporting;

namespace Rectify.Services.Tests.Findings;

/// <summary>The findings service's answer to reporting's rebuild request: each inspection and its tree, then a count.</summary>
public sealed class Republishing_for_a_rebuild : IDisposable
{
    private readonly FindingsHost _host = new();

    public void Dispose() => _host.Dispose();

    [Fact]
    public async Task Each_inspection_comes_back_with_its_tree_in_order_its_withdrawals_and_its_clue_count()
    {
        var (office, id) = await _host.InspectionAsync("县住建局党组", "/p/fz/zj/");
        var aspect = await FindingsHost.RecordAsync(office, id, null, 1, "一", "贯彻落实党中央决策部署不够有力");
        var wrong = await FindingsHost.RecordAsync(office, id, null, 1, "二", "误录的方面");
        var first = await FindingsHost.RecordAsync(office, id, aspect, 2, "1", "理论学习不够深入");
        var wrongChild = await FindingsHost.RecordAsync(office, id, wrong, 2, "1", "误录的问题");
        var second = await FindingsHost.RecordAsync(office, id, aspect, 2, "2", "财务管理不规范");
        (await office.DeleteAsync($"/api/findings/inspections/{id}/findings/{wrong}")).EnsureSuccessStatusCode();
        (await office.PostAsJsonAsync($"/api/findings/inspections/{id}/feedback", new { feedbackOn = "2026-05-20" })).EnsureSuccessStatusCode();
        (await office.PutAsJsonAsync($"/api/findings/inspections/{id}/progress-reports/obligation",
            new { every = 14, intervalUnit = "days", firstDue = "2026-06-03" })).EnsureSuccessStatusCode();
        (await office.PostAsJsonAsync($"/api/findings/inspections/{id}/progress-reports", new { periodDue = "2026-06-03", summary = "已完成第一阶段整改" }))
            .EnsureSuccessStatusCode();
        var unit = await _host.Db(db => db.Inspections.Where(i => i.Id == id).Select(i => i.UnitId).SingleAsync());
        (await _host.As($"discipline_liaison|u:{unit}").PostAsJsonAsync($"/api/findings/inspections/{id}/clues",
            new { summary = "某股室负责人涉嫌违规收受礼金", handedTo = "县纪委监委", handedOverOn = "2026-04-30", status = "handed_over" })).EnsureSuccessStatusCode();
        var version = await _host.Db(db => db.Inspections.Where(i => i.Id == id).Select(i => i.Version).SingleAsync());

        var request = new ReadModelRebuildRequested(EventMeta.New(1, "admin-1", DateTimeOffset.UtcNow), Guid.NewGuid());
        await _host.Harness.Bus.Publish(request);
        var done = (await _host.PublishedAsync<ReadModelStateRepublished>(l => l.Any(m => m.RequestId == request.RequestId))).Single();

        IEnumerable<T> Replayed<T>() where T : class, IIntegrationEvent =>
            _host.Harness.Published.Select<T>().Select(p => p.Context.Message).Where(m => m.Meta.Actor == "admin-1");
        Assert.Equal("findings", done.Service);
        Assert.Equal(version, Replayed<InspectionRegistered>().Single().Meta.Version);
        // Version 1: it fills an empty read model and moves no reminder in notifications.
        Assert.Equal((new DateOnly(2026, 5, 20), 1L), Replayed<FeedbackDelivered>().Select(f => (f.FeedbackOn, f.Meta.Version)).Single());
        Assert.Equal((1, version), Replayed<CluesCounted>().Select(c => (c.Count, c.Meta.Version)).Single());
        Assert.Empty(Replayed<InspectionClosed>());
        // Version 1 too: notifications plans report periods by them and must not re-plan.
        Assert.Equal((14, "days", new DateOnly(2026, 6, 3), 1L),
            Replayed<ProgressReportObligationScheduled>().Select(o => (o.Every, o.IntervalUnit, o.FirstDue, o.Meta.Version)).Single());
        Assert.Equal((new DateOnly(2026, 6, 3), "已完成第一阶段整改"), Replayed<ProgressReportSubmitted>().Select(r => (r.PeriodDue, r.Summary)).Single());

        var recorded = Replayed<FindingRecorded>().ToList();
        Assert.Equal([aspect, wrong], recorded.Take(2).Select(f => f.FindingId)); // parents first, in their order
        Assert.Equal(5, recorded.Count);
        Assert.True(recorded.Take(2).All(f => f.Level == 1), "parents come first");
        Assert.Equal([first, second], recorded.Where(f => f.ParentId == aspect).Select(f => f.FindingId)); // siblings in their order
        var versions = recorded.Select(f => f.Meta.Version).ToList();
        Assert.Equal(versions.Order(), versions);
        Assert.Equal(versions.Count, versions.Distinct().Count());
        Assert.Equal(version, versions[^1]);
        Assert.Equal([wrongChild, wrong], Replayed<FindingWithdrawn>().Select(w => w.FindingId)); // children first

        var total = Replayed<InspectionRegistered>().Count() + Replayed<FeedbackDelivered>().Count() + Replayed<CluesCounted>().Count()
            + recorded.Count + Replayed<FindingCategorised>().Count() + Replayed<FindingWithdrawn>().Count()
            + Replayed<ProgressReportObligationScheduled>().Count() + Replayed<ProgressReportSubmitted>().Count();
        Assert.Equal(total, done.Count);
    }
}
