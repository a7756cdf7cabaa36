using System.Linq.Expressions;
using Rectify.Contracts.Tasks;
using Rectify.ServiceDefaults.Time;

namespace Rectify.Reporting.Model;

/// <summary>The day figures are computed for: "today" in Asia/Shanghai and the limits derived from it.</summary>
/// <param name="Today">Overdue: a deadline before this day.</param>
/// <param name="YellowUntil">Yellow: a deadline from today up to this day (today + N working days).</param>
/// <param name="StaleBefore">No recent progress: last activity before this day.</param>
public sealed record FigureDay(DateOnly Today, DateOnly YellowUntil, DateOnly StaleBefore)
{
    /// <summary>Yellow counts the deployment's working days, as the tasks service's lights do.</summary>
    public static FigureDay For(DateOnly today, int yellowWorkingDays, int staleDays, IWorkingCalendar calendar) =>
        new(today, calendar.AddWorkingDays(today, yellowWorkingDays), today.AddDays(-staleDays));

    /// <summary>Today in Asia/Shanghai under the deployment's options and calendar.</summary>
    public static FigureDay Now(TimeProvider time, ReportingOptions options, IWorkingCalendar calendar) =>
        For(time.Today(), options.YellowWithinWorkingDays, options.ProgressStaleDays, calendar);
}

/// <summary>
/// Which tasks each figure counts, by name (the <c>figure</c> of a drill-down). The aggregate queries in
/// <c>FigureQueries</c> repeat these conditions in SQL form; a test holds the two to the same counts.
/// </summary>
public static class Figure
{
    public const string Total = "total";
    public const string Closed = "closed";
    public const string Sustained = "sustained";
    public const string InProgress = "in_progress";
    public const string NotStarted = "not_started";
    public const string Overdue = "overdue";
    public const string Red = "red";
    public const string Yellow = "yellow";
    public const string Green = "green";
    public const string Slipped = "slipped";
    public const string NoRecentProgress = "no_recent_progress";
    public const string WithOutcomes = "with_outcomes";
    /// <summary>按期完成: closed on or before its deadline (or closed without one).</summary>
    public const string ClosedOnTime = "closed_on_time";
    /// <summary>逾期完成: closed after its deadline.</summary>
    public const string ClosedLate = "closed_late";
    /// <summary>到期锁定: overdue while the unit still works on it, and not unlocked by the office.</summary>
    public const string Locked = "locked";

    public static readonly IReadOnlyList<string> All =
        [Total, Closed, Sustained, InProgress, NotStarted, Overdue, Red, Yellow, Green, Slipped, NoRecentProgress, WithOutcomes, ClosedOnTime, ClosedLate, Locked];

    public static Expression<Func<ReportedTask, bool>>? Predicate(string figure, FigureDay d) => figure switch
    {
        Total => t => true,
        Closed => t => t.IsClosed,
        Sustained => t => t.State == TaskStates.CompletedSustained,
        InProgress => t => t.State == TaskStates.InProgress || t.State == TaskStates.Submitted,
        NotStarted => t => t.State == TaskStates.Planned,
        Overdue or Red => t => !t.IsClosed && t.Deadline != null && t.Deadline < d.Today,
        Yellow => t => !t.IsClosed && t.Deadline != null && t.Deadline >= d.Today && t.Deadline <= d.YellowUntil,
        Green => t => !t.IsClosed && (t.Deadline == null || t.Deadline > d.YellowUntil),
        Slipped => t => t.SlipDays > 0,
        NoRecentProgress => t => !t.IsClosed && t.LastActivityOn < d.StaleBefore,
        WithOutcomes => t => t.RulesMade + t.RulesRevised + t.TalkPeople + t.TalkBatches + t.PeopleHeldAccountable > 0
            || t.MoneyReturnedFen + t.MoneyRecoveredFen > 0,
        ClosedOnTime => t => t.IsClosed && !t.ClosedLate,
        ClosedLate => t => t.ClosedLate,
        Locked => t => !t.IsClosed && t.State != TaskStates.Submitted && t.Deadline != null && t.Deadline < d.Today && !t.UnlockedCurrentDeadline,
        _ => null,
    };

    /// <summary>The light of one task: none (closed), red (overdue), yellow (due soon) or green.</summary>
    public static string Light(bool isClosed, DateOnly? deadline, FigureDay d) =>
        isClosed ? "none"
        : deadline is { } due && due < d.Today ? Red
        : deadline is { } soon && soon <= d.YellowUntil ? Yellow
        : Green;
}
