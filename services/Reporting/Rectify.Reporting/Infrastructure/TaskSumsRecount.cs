namespace Rectify.Reporting.Infrastructure;

/// <summary>
/// Counts task_sums afresh from the tasks: the same figures as <see cref="Model.TaskSums.Of"/>, in SQL that
/// SQLite and SQL Server both run. Used where rows are inserted around the change tracker (the benchmark's
/// seed); <c>Kept_task_sums</c> holds it to the kept sums. The migration that created the table carries
/// its own frozen copy. The day-dependent columns are left at zero and the basis emptied: the next
/// recount (<see cref="DayFigures"/>) fills them.
/// </summary>
public static class TaskSumsRecount
{
    /// <param name="schema">"" for SQLite; "[reporting]." for SQL Server.</param>
    public static string Sql(string schema = "") => $"""
        DELETE FROM {schema}task_sums;
        UPDATE {schema}figure_basis SET Today = NULL;
        INSERT INTO {schema}task_sums (UnitId, InspectionId, JurisdictionPath, Total, Closed, Sustained, InProgress, NotStarted, Slipped, SlipDays,
            RulesMade, RulesRevised, TalkPeople, TalkBatches, MoneyReturnedFen, MoneyRecoveredFen, PeopleHeldAccountable,
            Overdue, Yellow, NoRecentProgress)
        SELECT UnitId, InspectionId, MAX(JurisdictionPath), COUNT(*),
            SUM(CASE WHEN IsClosed = 1 THEN 1 ELSE 0 END),
            SUM(CASE WHEN State = 'completed_sustained' THEN 1 ELSE 0 END),
            SUM(CASE WHEN State IN ('in_progress', 'submitted') THEN 1 ELSE 0 END),
            SUM(CASE WHEN State = 'planned' THEN 1 ELSE 0 END),
            SUM(CASE WHEN SlipDays > 0 THEN 1 ELSE 0 END), SUM(SlipDays),
            SUM(RulesMade), SUM(RulesRevised), SUM(TalkPeople), SUM(TalkBatches), SUM(MoneyReturnedFen), SUM(MoneyRecoveredFen), SUM(PeopleHeldAccountable),
            0, 0, 0
        FROM {schema}tasks WHERE Withdrawn = 0
        GROUP BY UnitId, InspectionId;
        """;
}
