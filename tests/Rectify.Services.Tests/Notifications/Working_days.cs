using Rectify.Notifications.Calendar;
using Rectify.ServiceDefaults.Time;

namespace Rectify.Services.Tests.Notifications;

/// <summary>The State Council's holiday notices as data, checked on real cases.</summary>
public sealed class Working_days
{
    private static readonly WorkingCalendar China = HolidayResource.Calendar();

    private static DateOnly D(int y, int m, int d) => new(y, m, d);

    [Fact]
    public void The_2024_National_Day_holiday_is_off_and_its_make_up_Sunday_and_Saturday_are_working_days()
    {
        for (var day = D(2024, 10, 1); day <= D(2024, 10, 7); day = day.AddDays(1))
            Assert.False(China.IsWorkingDay(day), $"{day} should be off");
        Assert.True(China.IsWorkingDay(D(2024, 9, 29))); // Sunday, 调休上班
        Assert.True(China.IsWorkingDay(D(2024, 10, 12))); // Saturday, 调休上班
        Assert.False(China.IsWorkingDay(D(2024, 10, 13)));
    }

    [Fact]
    public void A_deadline_across_the_2024_National_Day_holiday()
    {
        // Friday 27 September + 1 working day is the make-up Sunday; Monday 30 September + 1 jumps the holiday.
        Assert.Equal(D(2024, 9, 29), China.AddWorkingDays(D(2024, 9, 27), 1));
        Assert.Equal(D(2024, 10, 8), China.AddWorkingDays(D(2024, 9, 30), 1));
        // Five working days before Thursday 10 October: 9 Oct, 8 Oct, 30 Sep, 29 Sep (Sunday), 27 Sep.
        Assert.Equal(D(2024, 9, 27), China.AddWorkingDays(D(2024, 10, 10), -5));
        // Ten working days after 30 September, counting the make-up Saturday 12 October.
        Assert.Equal(D(2024, 10, 18), China.AddWorkingDays(D(2024, 9, 30), 10));
        Assert.Equal(10, China.WorkingDaysBetween(D(2024, 9, 30), D(2024, 10, 18)));
    }

    [Fact]
    public void Spring_Festival_2025()
    {
        Assert.True(China.IsWorkingDay(D(2025, 1, 26))); // Sunday, 调休上班
        Assert.True(China.IsWorkingDay(D(2025, 1, 27)));
        for (var day = D(2025, 1, 28); day <= D(2025, 2, 4); day = day.AddDays(1))
            Assert.False(China.IsWorkingDay(day), $"{day} should be off");
        Assert.Equal(D(2025, 2, 5), China.AddWorkingDays(D(2025, 1, 27), 1));
        Assert.True(China.IsWorkingDay(D(2025, 2, 8))); // Saturday, 调休上班
        Assert.Equal(D(2025, 2, 8), China.AddWorkingDays(D(2025, 2, 7), 1));
        Assert.Equal(D(2025, 1, 27), China.OnOrBefore(D(2025, 2, 2)));
    }

    [Fact]
    public void A_make_up_Saturday_counts_as_a_working_day()
    {
        Assert.Equal(DayOfWeek.Saturday, D(2024, 10, 12).DayOfWeek);
        Assert.Equal(5, China.WorkingDaysBetween(D(2024, 10, 6), D(2024, 10, 12)));
        Assert.Equal(D(2024, 10, 12), China.AddWorkingDays(D(2024, 10, 11), 1));
        Assert.Equal(D(2024, 10, 14), WorkingCalendar.WeekdaysOnly.AddWorkingDays(D(2024, 10, 11), 1));
    }

    [Fact]
    public void The_2026_notice()
    {
        Assert.True(China.IsWorkingDay(D(2026, 1, 4)));
        Assert.False(China.IsWorkingDay(D(2026, 2, 23)));
        Assert.True(China.IsWorkingDay(D(2026, 2, 28)));
        Assert.True(China.IsWorkingDay(D(2026, 9, 20)));
        Assert.False(China.IsWorkingDay(D(2026, 10, 7)));
    }

    [Fact]
    public void Every_make_up_workday_in_the_data_falls_on_a_weekend_and_every_year_2020_to_2026_is_there()
    {
        var entries = HolidayResource.Load();
        Assert.All(entries.Where(e => e.IsWorkingDay), e => Assert.Contains(e.Date.DayOfWeek, new[] { DayOfWeek.Saturday, DayOfWeek.Sunday }));
        Assert.Equal([2020, 2021, 2022, 2023, 2024, 2025, 2026], entries.Select(e => e.Year).Distinct().Order());
        Assert.Equal(entries.Count, entries.Select(e => e.Date).Distinct().Count());
    }
}
