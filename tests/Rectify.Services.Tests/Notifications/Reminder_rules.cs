using Rectify.Notifications.Calendar;
using Rectify.ServiceDefaults.Time;
using Rectify.Notifications.Model;
using Rectify.Notifications.Scheduling;

namespace Rectify.Services.Tests.Notifications;

public sealed class Reminder_rules
{
    private static readonly Guid Person = Guid.NewGuid(), Leader = Guid.NewGuid(), Secretary = Guid.NewGuid(), Office = Guid.NewGuid();
    private static readonly Recipients People = new([Person], [Leader], [Secretary], [Office]);

    private static DateOnly D(int y, int m, int d) => new(y, m, d);

    [Fact]
    public void A_deadline_after_the_2024_National_Day_gets_its_reminders_on_working_days()
    {
        var plan = ReminderPlanner.Plan(SubjectKinds.Task, D(2024, 10, 10), new ReminderRules(), HolidayResource.Calendar(), People);
        var on = plan.ToDictionary(p => (p.Rule, p.RecipientId), p => p.RemindOn);

        Assert.Equal(D(2024, 9, 20), on[("before-20d", Person)]);
        // 10 calendar days before is 30 September, which 3 working days before also is: the more urgent one stays.
        Assert.False(on.ContainsKey(("before-10d", Person)));
        Assert.Equal(D(2024, 9, 30), on[("before-3wd", Person)]);
        Assert.Equal(D(2024, 9, 27), on[("before-5wd", Person)]);
        Assert.Equal(D(2024, 10, 9), on[("before-1wd", Person)]);
        Assert.Equal(D(2024, 10, 10), on[("due", Person)]);
        Assert.Equal(D(2024, 10, 11), on[("overdue-1", Person)]);
        Assert.Equal(D(2024, 10, 12), on[("overdue-2", Person)]); // the make-up Saturday
        Assert.Equal(D(2024, 10, 14), on[("escalate-leader", Leader)]);
        Assert.Equal(D(2024, 10, 23), on[("escalate-top", Secretary)]);
        Assert.Equal(D(2024, 10, 23), on[("escalate-top", Office)]);
        Assert.Equal(20, plan.Count(p => p.Rule.StartsWith("overdue-")));
        Assert.All(plan, p => Assert.True(HolidayResource.Calendar().IsWorkingDay(p.RemindOn), $"{p.Rule} on {p.RemindOn}"));
        Assert.All(plan.Where(p => p.Rule.StartsWith("escalate")), p => Assert.True(p.IsEscalation));
    }

    [Fact]
    public void A_calendar_day_warning_that_falls_in_a_holiday_moves_to_the_working_day_before()
    {
        // 20 days before 2025-02-20 is 31 January, inside Spring Festival: the warning goes on Monday 27 January.
        var plan = ReminderPlanner.Plan(SubjectKinds.Plan, D(2025, 2, 20), new ReminderRules(), HolidayResource.Calendar(), People);
        Assert.Equal(D(2025, 1, 27), plan.Single(p => p.Rule == "before-20d").RemindOn);
    }

    [Fact]
    public void Rules_are_configurable()
    {
        var rules = new ReminderRules { CalendarDaysBefore = [], WorkingDaysBefore = [2], OverdueDailyFor = 0, EscalateToLeaderAfter = 1, EscalateToTopAfter = 0 };
        var plan = ReminderPlanner.Plan(SubjectKinds.Task, D(2024, 10, 10), rules, HolidayResource.Calendar(), People);
        Assert.Equal(["before-2wd", "due", "escalate-leader"], plan.Select(p => p.Rule));
    }
}
