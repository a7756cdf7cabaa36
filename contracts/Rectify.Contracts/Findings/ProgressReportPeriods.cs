namespace Rectify.Contracts.Findings;

/// <summary>
/// The due dates of a recurring progress-report obligation (<see cref="ProgressReportObligationScheduled"/>),
/// written once here so that findings, notifications and reporting count the same periods.
/// Months are counted from the first due date (31 Jan monthly → 28/29 Feb, 31 Mar), so they never drift.
/// </summary>
public static class ProgressReportPeriods
{
    public const string Days = "days";
    public const string Months = "months";

    /// <summary>The due dates from <paramref name="firstDue"/> up to and including the earliest of <paramref name="until"/> and <paramref name="through"/>.</summary>
    public static IEnumerable<DateOnly> Dues(DateOnly firstDue, int every, string intervalUnit, DateOnly? until, DateOnly through)
    {
        if (every < 1)
            yield break;
        var last = until is { } u && u < through ? u : through;
        for (var k = 0; ; k++)
        {
            var due = intervalUnit == Months ? firstDue.AddMonths(k * every) : firstDue.AddDays(k * every);
            if (due > last)
                yield break;
            yield return due;
        }
    }

    /// <summary>The first due date on or after <paramref name="day"/>, if the obligation has one.</summary>
    public static DateOnly? NextOnOrAfter(DateOnly firstDue, int every, string intervalUnit, DateOnly? until, DateOnly day)
    {
        // Enough periods to reach the day: one per day is the most there can be.
        var horizon = day.AddDays(every * (intervalUnit == Months ? 31 : 1));
        foreach (var due in Dues(firstDue, every, intervalUnit, until, horizon))
            if (due >= day)
                return due;
        return null;
    }
}
