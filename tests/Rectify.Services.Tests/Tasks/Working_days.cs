using Rectify.ServiceDefaults.Time;
using Rectify.Tasks.Model;

namespace Rectify.Services.Tests.Tasks;

/// <summary>Traffic lights count mainland China's working days and the import reads notice deadlines.</summary>
public sealed class Working_days
{
    private static readonly IWorkingCalendar Weekdays = HolidayResource.Calendar();

    // 2026-11-02 is a Monday.
    [Theory]
    [InlineData("2026-11-02", "2026-11-30", 10, "Green", 20)]
    [InlineData("2026-11-02", "2026-11-16", 10, "Yellow", 10)]
    [InlineData("2026-11-06", "2026-11-09", 10, "Yellow", 1)] // Friday to Monday: the weekend does not count
    [InlineData("2026-11-02", "2026-11-02", 10, "Yellow", 0)] // due today: not yet overdue
    [InlineData("2026-11-10", "2026-11-02", 10, "Red", -6)]
    [InlineData("2026-11-02", "2026-11-30", 25, "Yellow", 20)] // a configured threshold
    public void Lights_follow_working_days_left(string today, string deadline, int yellowWithin, string light, int daysLeft)
    {
        var task = Task("in_progress", DateOnly.Parse(deadline));

        var urgency = Urgency.Of(task, DateOnly.Parse(today), Weekdays, yellowWithin, 0);

        Assert.Equal((Enum.Parse<TrafficLight>(light), daysLeft, daysLeft < 0), (urgency.Light, urgency.WorkingDaysLeft!.Value, urgency.Overdue));
    }

    /// <summary>
    /// 2024 National Day: off 1–7 October, make-up workdays Sunday 29 September and Saturday 12 October.
    /// From Friday 27 September to Tuesday 8 October: 29 Sep, 30 Sep and 8 Oct are working days — 3, not 7.
    /// </summary>
    [Fact]
    public void The_National_Day_holiday_does_not_count_and_its_make_up_Sunday_does()
    {
        var urgency = Urgency.Of(Task("in_progress", new DateOnly(2024, 10, 8)), new DateOnly(2024, 9, 27), Weekdays, 5, 0);

        Assert.Equal((3, TrafficLight.Yellow), (urgency.WorkingDaysLeft!.Value, urgency.Light));
    }

    [Fact]
    public void Closed_tasks_are_never_overdue_and_a_task_without_a_deadline_is_green()
    {
        var today = new DateOnly(2026, 11, 10);
        Assert.Equal(new Urgency(false, null, TrafficLight.None), Urgency.Of(Task("closed", new DateOnly(2026, 1, 1)), today, Weekdays, 10, 0));
        Assert.Equal(new Urgency(false, null, TrafficLight.None), Urgency.Of(Task("completed_sustained", new DateOnly(2026, 1, 1)), today, Weekdays, 10, 0));
        Assert.Equal(TrafficLight.Green, Urgency.Of(Task("in_progress", null), today, Weekdays, 10, 0).Light);
        Assert.True(Urgency.Of(Task("submitted", new DateOnly(2026, 11, 9)), today, Weekdays, 10, 0).Overdue);
    }

    [Theory]
    [InlineData("2022年6月30日前", "2022-06-30")]
    [InlineData("2022年6月底前", "2022-06-30")]
    [InlineData("2022年2月", "2022-02-28")]
    [InlineData("2022年底", "2022-12-31")]
    [InlineData("9月底", "2026-09-30")] // the notice's year
    [InlineData("长期坚持", null)]
    [InlineData("立行立改", null)]
    public void Notice_deadlines_are_read_when_they_name_a_date(string text, string? expected)
    {
        Assert.Equal(expected is null ? null : DateOnly.Parse(expected), ImportedProgress.Deadline(text, new DateOnly(2026, 3, 1)));
    }

    private static RectificationTask Task(string state, DateOnly? deadline) =>
        new() { Measures = "措施", Kind = TaskKinds.TimeLimited, State = state, Deadline = deadline };
}
