using Microsoft.EntityFrameworkCore;
using Rectify.Contracts.Findings;
using Rectify.Contracts.Units;
using Rectify.Services.Tests.Support;

namespace Rectify.Services.Tests.Tasks;

/// <summary>The copies of people, inspections and findings ignore updates older than what they hold.</summary>
public sealed class Replicas : IDisposable
{
    private readonly TasksHost _host = new();

    [Fact]
    public async Task A_stale_person_update_is_ignored()
    {
        var unit = await _host.UnitAsync("县科技局党组", "/p/fz/kj/");
        var person = await _host.PersonAsync(unit, "张三");
        await _host.Harness.Bus.Publish(new PersonUpdated(TasksHost.Meta(3), person, unit, null, "张三丰", "局长", new ContactChannels(null, null, null, null)));
        await Eventually.HoldsAsync(() => _host.Db(db => db.People.SingleAsync(p => p.PersonId == person)), p => p.Version == 3);

        await _host.Harness.Bus.Publish(new PersonUpdated(TasksHost.Meta(2), person, unit, null, "张三", "科员", new ContactChannels(null, null, null, null)));
        await Eventually.HoldsAsync(() => Task.FromResult(_host.Harness.Consumed.Select<PersonUpdated>().Count()), n => n >= 2);

        var replica = await _host.Db(db => db.People.SingleAsync(p => p.PersonId == person));
        Assert.Equal(("张三丰", "局长", 3L), (replica.Name, replica.Position, replica.Version));
    }

    [Fact]
    public async Task Findings_inspections_and_categories_follow_their_versions_whatever_the_arrival_order()
    {
        var unit = await _host.UnitAsync("县科技局党组", "/p/fz/kj/");
        var (inspection, _, issue) = await _host.InspectionAsync(unit);
        var bus = _host.Harness.Bus;

        await bus.Publish(new FindingRevised(TasksHost.Meta(6), issue, inspection, unit, null, 2, "1", "新的表述", true, 500m));
        await bus.Publish(new FindingRevised(TasksHost.Meta(5), issue, inspection, unit, null, 2, "1", "旧的表述", false, null));
        await bus.Publish(new FindingCategorised(TasksHost.Meta(7), issue, inspection, unit, ["作风建设"]));
        await bus.Publish(new FeedbackDelivered(TasksHost.Meta(4), inspection, unit, new DateOnly(2026, 6, 18)));
        await bus.Publish(new RectificationDueDatesScheduled(TasksHost.Meta(8), inspection, unit, new DateOnly(2026, 6, 18), new DateOnly(2026, 7, 18),
            new DateOnly(2026, 9, 16), new DateOnly(2026, 9, 30)));
        await bus.Publish(new InspectionClosed(TasksHost.Meta(9), inspection, unit, new DateOnly(2027, 1, 5)));

        var finding = await Eventually.HoldsAsync(() => _host.Db(db => db.Findings.SingleAsync(f => f.FindingId == issue)),
            f => f.Version == 6 && f.Tags.Count == 1);
        var replica = await Eventually.HoldsAsync(() => _host.Db(db => db.Inspections.SingleAsync(i => i.InspectionId == inspection)),
            i => i.ClosedOn is not null && i.PlanDue is not null && i.FeedbackOn is not null);
        await Eventually.HoldsAsync(() => Task.FromResult(_host.Harness.Consumed.Select<FindingRevised>().Count()), n => n >= 2);

        Assert.Equal(("新的表述", true, 500m), (finding.Title, finding.ImmediateFix, finding.MoneyInvolved!.Value));
        Assert.Equal(["作风建设"], finding.Tags);
        Assert.Equal((new DateOnly(2026, 7, 18), new DateOnly(2027, 1, 5)), (replica.PlanDue!.Value, replica.ClosedOn!.Value));
        Assert.Equal("新的表述", (await _host.Db(db => db.Findings.SingleAsync(f => f.FindingId == issue))).Title);
    }

    public void Dispose() => _host.Dispose();
}
