namespace Rectify.ServiceDefaults.Time;

/// <summary>
/// Working days (工作日) in mainland China: Monday to Friday, minus statutory holidays, plus the
/// make-up workdays (调休上班) that fall on weekends. Every "N working days" rule goes through this,
/// shared by the notifications service (reminders) and the tasks service (traffic lights).
/// </summary>
public interface IWorkingCalendar
{
    bool IsWorkingDay(DateOnly date);

    /// <summary>The date <paramref name="days"/> working days after (or, negative, before) <paramref name="from"/>; <paramref name="from"/> itself never counts.</summary>
    DateOnly AddWorkingDays(DateOnly from, int days);

    /// <summary>Working days in (<paramref name="after"/>, <paramref name="until"/>]: how many working days <paramref name="until"/> is past a deadline.</summary>
    int WorkingDaysBetween(DateOnly after, DateOnly until);

    /// <summary><paramref name="date"/> when it is a working day, else the last working day before it.</summary>
    DateOnly OnOrBefore(DateOnly date);
}

/// <summary>The arithmetic over a set of exceptions to the Monday–Friday week.</summary>
public sealed class WorkingCalendar(IReadOnlyDictionary<DateOnly, bool> exceptions) : IWorkingCalendar
{
    public static readonly WorkingCalendar WeekdaysOnly = new(new Dictionary<DateOnly, bool>());

    public bool IsWorkingDay(DateOnly date) =>
        exceptions.TryGetValue(date, out var working) ? working : date.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday);

    public DateOnly AddWorkingDays(DateOnly from, int days)
    {
        var step = days < 0 ? -1 : 1;
        var date = from;
        for (var left = Math.Abs(days); left > 0;)
        {
            date = date.AddDays(step);
            if (IsWorkingDay(date))
                left--;
        }
        return date;
    }

    public int WorkingDaysBetween(DateOnly after, DateOnly until)
    {
        var count = 0;
        for (var date = after.AddDays(1); date <= until; date = date.AddDays(1))
            if (IsWorkingDay(date))
                count++;
        return count;
    }

    public DateOnly OnOrBefore(DateOnly date)
    {
        while (!IsWorkingDay(date))
            date = date.AddDays(-1);
        return date;
    }
}
