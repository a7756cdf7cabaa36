using Rectify.Notifications.Calendar;
using Rectify.ServiceDefaults.Time;
using Rectify.Notifications.Model;

namespace Rectify.Notifications.Scheduling;

/// <summary>Who stands behind a deadline, by tier.</summary>
public sealed record Recipients(
    IReadOnlyList<Guid> Responsible, IReadOnlyList<Guid> Leaders, IReadOnlyList<Guid> FirstResponsible, IReadOnlyList<Guid> Office)
{
    public IReadOnlyList<Guid> Of(string tier) => tier switch
    {
        Tiers.Responsible => Responsible,
        Tiers.Leader => Leaders,
        Tiers.FirstResponsible => FirstResponsible,
        Tiers.InspectionOffice => Office,
        _ => [],
    };
}

/// <summary>A reminder the rules call for: which rule, to whom, on which day.</summary>
public sealed record PlannedReminder(string Rule, string Tier, Guid RecipientId, DateOnly RemindOn, bool IsEscalation, int WorkingDaysOverdue);

/// <summary>
/// Turns a deadline and the rules into dated reminders, on working days only. Pure: the same inputs
/// always give the same plan, so re-planning is a comparison with what is already stored.
/// </summary>
public static class ReminderPlanner
{
    private sealed record Step(string Rule, DateOnly On, bool Escalation, int Overdue, string[] Tiers);

    public static List<PlannedReminder> Plan(string subjectKind, DateOnly deadline, ReminderRules rules, IWorkingCalendar calendar, Recipients recipients) =>
        [.. Steps(subjectKind, deadline, rules, calendar)
            .SelectMany(s => s.Tiers.SelectMany(t => recipients.Of(t).Distinct().Select(r => new PlannedReminder(s.Rule, t, r, s.On, s.Escalation, s.Overdue))))];

    private static List<Step> Steps(string subjectKind, DateOnly deadline, ReminderRules rules, IWorkingCalendar calendar)
    {
        string[] responsible = [Tiers.Responsible];
        if (subjectKind == SubjectKinds.Feedback)
            return [new Step("delivered", deadline, false, 0, responsible)];
        if (subjectKind == SubjectKinds.ReportPeriod)
            return ReportPeriodSteps(deadline, rules, calendar);

        // Before the deadline, most distant first; a later (more urgent) rule landing on the same day replaces an earlier one.
        var before = new List<Step>();
        foreach (var days in rules.CalendarDaysBefore.Where(d => d > 0).OrderDescending())
            before.Add(new Step($"before-{days}d", calendar.OnOrBefore(deadline.AddDays(-days)), false, 0, responsible));
        foreach (var days in rules.WorkingDaysBefore.Where(d => d > 0).OrderDescending())
            before.Add(new Step($"before-{days}wd", calendar.AddWorkingDays(deadline, -days), false, 0, responsible));
        if (rules.OnDueDay)
            before.Add(new Step("due", calendar.OnOrBefore(deadline), false, 0, responsible));
        var steps = before.Where((s, i) => !before.Skip(i + 1).Any(later => later.On == s.On)).OrderBy(s => s.On).ToList();

        for (var n = 1; n <= rules.OverdueDailyFor; n++)
            steps.Add(new Step($"overdue-{n}", calendar.AddWorkingDays(deadline, n), false, n, responsible));
        if (rules.EscalateToLeaderAfter > 0)
            steps.Add(new Step("escalate-leader", calendar.AddWorkingDays(deadline, rules.EscalateToLeaderAfter), true,
                rules.EscalateToLeaderAfter, [Tiers.Leader]));
        if (rules.EscalateToTopAfter > 0)
            steps.Add(new Step("escalate-top", calendar.AddWorkingDays(deadline, rules.EscalateToTopAfter), true,
                rules.EscalateToTopAfter, [Tiers.FirstResponsible, Tiers.InspectionOffice]));
        return steps;
    }

    /// <summary>
    /// A progress-report period: reminders before and on the due day, then — if no report came, which cancels
    /// them — one flag the next working day: a reminder to the coordinators and an escalation to the office.
    /// </summary>
    private static List<Step> ReportPeriodSteps(DateOnly due, ReminderRules rules, IWorkingCalendar calendar)
    {
        var before = rules.ReportPeriodWorkingDaysBefore.Where(d => d > 0).OrderDescending()
            .Select(days => new Step($"before-{days}wd", calendar.AddWorkingDays(due, -days), false, 0, [Tiers.Responsible])).ToList();
        if (rules.OnDueDay)
            before.Add(new Step("due", calendar.OnOrBefore(due), false, 0, [Tiers.Responsible]));
        var steps = before.Where((s, i) => !before.Skip(i + 1).Any(later => later.On == s.On)).OrderBy(s => s.On).ToList();
        var missingOn = calendar.AddWorkingDays(due, 1);
        steps.Add(new Step("missing", missingOn, false, 1, [Tiers.Responsible]));
        steps.Add(new Step("missing-office", missingOn, true, 1, [Tiers.InspectionOffice]));
        return steps;
    }
}
