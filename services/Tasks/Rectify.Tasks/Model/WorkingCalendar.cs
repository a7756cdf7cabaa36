using Rectify.ServiceDefaults.Time;

namespace Rectify.Tasks.Model;

public enum TrafficLight { None, Green, Yellow, Red }

/// <summary>
/// Overdue and the traffic light, derived from the deadline and today, never stored. Working days are
/// mainland China's (statutory holidays and 调休 make-up days, ServiceDefaults' calendar of the State
/// Council's notices).
/// </summary>
public sealed record Urgency(bool Overdue, int? WorkingDaysLeft, TrafficLight Light)
{
    /// <summary>
    /// Closed tasks have no light; a task without a deadline is green; a passed deadline is red.
    /// Otherwise yellow within <paramref name="yellowWithin"/> working days and red within
    /// <paramref name="redWithin"/> (0: red only once overdue).
    /// </summary>
    public static Urgency Of(RectificationTask task, DateOnly today, IWorkingCalendar calendar, int yellowWithin, int redWithin)
    {
        if (task.IsClosed)
            return new(false, null, TrafficLight.None);
        if (task.Deadline is not { } deadline)
            return new(false, null, TrafficLight.Green);
        if (deadline < today)
            return new(true, -WorkingDays(deadline, today, calendar), TrafficLight.Red);
        var left = WorkingDays(today, deadline, calendar);
        var light = redWithin > 0 && left <= redWithin ? TrafficLight.Red : left <= yellowWithin ? TrafficLight.Yellow : TrafficLight.Green;
        return new(false, left, light);
    }

    /// <summary>Working days after <paramref name="from"/> up to and including <paramref name="to"/>.</summary>
    public static int WorkingDays(DateOnly from, DateOnly to, IWorkingCalendar calendar)
    {
        var count = 0;
        for (var day = from.AddDays(1); day <= to; day = day.AddDays(1))
            if (calendar.IsWorkingDay(day))
                count++;
        return count;
    }
}
