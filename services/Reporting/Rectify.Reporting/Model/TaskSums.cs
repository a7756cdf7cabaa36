using Rectify.Contracts.Tasks;

namespace Rectify.Reporting.Model;

/// <summary>
/// The figures of one unit's tasks in one inspection, kept up to date in the same transaction as the tasks
/// themselves (see <c>TaskSumsKeeper</c>), so the jurisdiction dashboard sums a few thousand rows instead of
/// counting every task. Overdue, yellow and no recent progress depend on the day: they are counted for the
/// day in <see cref="FigureBasis"/>, recounted when that day is no longer today. Green is derived (open −
/// overdue − yellow). Withdrawn tasks count nothing. Besides the row of all the tasks (<see cref="All"/>) there is
/// one per category of their findings, so a category filter sums rows too: a task counts under each tag of its
/// finding, or under <see cref="Uncategorised"/> when it has none.
/// </summary>
public sealed class TaskSums : IInspectionRow
{
    public const string All = "*";
    public const string Uncategorised = "";

    public Guid UnitId { get; set; }
    public Guid InspectionId { get; set; }
    /// <summary><see cref="All"/>, a finding tag, or <see cref="Uncategorised"/>.</summary>
    public string Category { get; set; } = All;
    /// <summary>The unit's jurisdiction path, for the caller's scope; follows the unit when it moves.</summary>
    public string JurisdictionPath { get; set; } = "";
    public int Total { get; set; }
    public int Closed { get; set; }
    public int Sustained { get; set; }
    public int InProgress { get; set; }
    public int NotStarted { get; set; }
    public int Slipped { get; set; }
    public int SlipDays { get; set; }
    public int RulesMade { get; set; }
    public int RulesRevised { get; set; }
    public int TalkPeople { get; set; }
    public int TalkBatches { get; set; }
    public long MoneyReturnedFen { get; set; }
    public long MoneyRecoveredFen { get; set; }
    public int PeopleHeldAccountable { get; set; }
    public int Overdue { get; set; }
    public int Yellow { get; set; }
    public int NoRecentProgress { get; set; }

    /// <summary>
    /// What one task adds: the same conditions as <see cref="Figure.Predicate"/>; the day-dependent ones only
    /// when a day is given.
    /// </summary>
    public static TaskSums Of(ReportedTask t, FigureDay? day) => t.Withdrawn ? new() { UnitId = t.UnitId, InspectionId = t.InspectionId } : new()
    {
        UnitId = t.UnitId,
        InspectionId = t.InspectionId,
        JurisdictionPath = t.JurisdictionPath,
        Total = 1,
        Closed = t.IsClosed ? 1 : 0,
        Sustained = t.State == TaskStates.CompletedSustained ? 1 : 0,
        InProgress = t.State is TaskStates.InProgress or TaskStates.Submitted ? 1 : 0,
        NotStarted = t.State == TaskStates.Planned ? 1 : 0,
        Slipped = t.SlipDays > 0 ? 1 : 0,
        SlipDays = t.SlipDays,
        RulesMade = t.RulesMade,
        RulesRevised = t.RulesRevised,
        TalkPeople = t.TalkPeople,
        TalkBatches = t.TalkBatches,
        MoneyReturnedFen = t.MoneyReturnedFen,
        MoneyRecoveredFen = t.MoneyRecoveredFen,
        PeopleHeldAccountable = t.PeopleHeldAccountable,
        Overdue = day is not null && t.OpenDeadline < day.Today ? 1 : 0,
        Yellow = day is not null && t.OpenDeadline >= day.Today && t.OpenDeadline <= day.YellowUntil ? 1 : 0,
        NoRecentProgress = day is not null && t.OpenLastActivityOn < day.StaleBefore ? 1 : 0,
    };

    public bool IsZero =>
        Total == 0 && Closed == 0 && Sustained == 0 && InProgress == 0 && NotStarted == 0 && Slipped == 0 && SlipDays == 0 && RulesMade == 0
        && RulesRevised == 0 && TalkPeople == 0 && TalkBatches == 0 && MoneyReturnedFen == 0 && MoneyRecoveredFen == 0 && PeopleHeldAccountable == 0
        && Overdue == 0 && Yellow == 0 && NoRecentProgress == 0;

    /// <summary>Adds <paramref name="o"/> times <paramref name="sign"/> (+1 or −1).</summary>
    public void Add(TaskSums o, int sign)
    {
        Total += sign * o.Total; Closed += sign * o.Closed; Sustained += sign * o.Sustained; InProgress += sign * o.InProgress;
        NotStarted += sign * o.NotStarted; Slipped += sign * o.Slipped; SlipDays += sign * o.SlipDays; RulesMade += sign * o.RulesMade;
        RulesRevised += sign * o.RulesRevised; TalkPeople += sign * o.TalkPeople; TalkBatches += sign * o.TalkBatches;
        MoneyReturnedFen += sign * o.MoneyReturnedFen; MoneyRecoveredFen += sign * o.MoneyRecoveredFen;
        PeopleHeldAccountable += sign * o.PeopleHeldAccountable; Overdue += sign * o.Overdue; Yellow += sign * o.Yellow;
        NoRecentProgress += sign * o.NoRecentProgress;
    }
}
