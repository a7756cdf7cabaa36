using Microsoft.EntityFrameworkCore;
using Rectify.Contracts.Units;
using Rectify.Notifications.Model;

namespace Rectify.Services.Tests.Notifications;

/// <summary>The unit's first responsible person (第一责任人) as the units service set it receives the top escalation.</summary>
public sealed class First_responsible_person : IDisposable
{
    private readonly NotificationsHost _host = new(new DateTimeOffset(2024, 9, 1, 2, 0, 0, TimeSpan.Zero));

    private Task<List<Guid>> TopRecipientsAsync(Guid inspection) =>
        _host.Db(db => db.Schedules.Where(s => s.SubjectId == inspection && s.SubjectKind == SubjectKinds.Plan && s.Rule == "escalate-top"
            && s.Tier == Tiers.FirstResponsible && s.State == ScheduleStates.Pending).Select(s => s.RecipientId).ToListAsync());

    [Fact]
    public async Task Setting_it_redirects_open_escalations_and_clearing_it_falls_back_to_the_secretary()
    {
        var (unit, _, secretary, _) = await _host.UnitWithPeopleAsync("县民政局党组");
        var chosen = await _host.PersonAsync(unit, "周局长", "局长");
        var inspection = Guid.NewGuid();
        await _host.PublishAsync(NotificationsHost.DueDates(inspection, unit, 2, new(2024, 9, 1), new(2024, 10, 10), new(2024, 11, 29), new(2024, 12, 30)));
        Assert.Equal([secretary], await TopRecipientsAsync(inspection)); // the position rule while nothing is set

        await _host.PublishAsync(new FirstResponsiblePersonAssigned(NotificationsHost.Meta(5), unit, chosen));
        Assert.Equal([chosen], await TopRecipientsAsync(inspection));
        var cancelled = await _host.Db(db => db.Schedules.SingleAsync(s => s.SubjectId == inspection && s.SubjectKind == SubjectKinds.Plan
            && s.Rule == "escalate-top" && s.RecipientId == secretary));
        Assert.Equal(ScheduleStates.Cancelled, cancelled.State);
        // The office tier is untouched.
        Assert.Equal(1, await _host.Db(db => db.Schedules.CountAsync(s => s.SubjectId == inspection && s.SubjectKind == SubjectKinds.Plan
            && s.Rule == "escalate-top" && s.Tier == Tiers.InspectionOffice && s.State == ScheduleStates.Pending)));

        // An older event arriving late changes nothing.
        await _host.PublishAsync(new FirstResponsiblePersonAssigned(NotificationsHost.Meta(4), unit, secretary));
        Assert.Equal([chosen], await TopRecipientsAsync(inspection));

        await _host.PublishAsync(new FirstResponsiblePersonAssigned(NotificationsHost.Meta(6), unit, null));
        Assert.Equal([secretary], await TopRecipientsAsync(inspection));
    }

    [Fact]
    public async Task The_escalation_is_delivered_to_the_set_person()
    {
        var (unit, _, secretary, _) = await _host.UnitWithPeopleAsync("县人社局党组");
        var chosen = await _host.PersonAsync(unit, "吴局长", "局长");
        await _host.PublishAsync(new FirstResponsiblePersonAssigned(NotificationsHost.Meta(2), unit, chosen));
        var inspection = Guid.NewGuid();
        await _host.PublishAsync(NotificationsHost.DueDates(inspection, unit, 2, new(2024, 8, 1), new(2024, 9, 2), new(2024, 11, 29), new(2024, 12, 30)));

        // 10 working days after Mon 2 Sep 2024 is Sat 14 Sep, a make-up workday before the Mid-Autumn holiday.
        var top = await _host.Db(db => db.Schedules.FirstAsync(s => s.SubjectId == inspection && s.SubjectKind == SubjectKinds.Plan && s.Rule == "escalate-top"
            && s.Tier == Tiers.FirstResponsible));
        Assert.Equal((chosen, new DateOnly(2024, 9, 14)), (top.RecipientId, top.RemindOn));
        _host.SetLocal(2024, 9, 14, 9, 0);
        await _host.SweepAllAsync();

        var escalation = Assert.Single(await _host.InboxAsync(chosen), i => i.IsEscalation);
        Assert.Contains("逾期督办", escalation.Title);
        Assert.DoesNotContain(await _host.InboxAsync(secretary), i => i.IsEscalation);
    }

    public void Dispose() => _host.Dispose();
}
